package dev.gasket.lang.ui.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;

public class GasmDocumentSetupParticipant implements IDocumentSetupParticipant {

	@Override
	public void setup(IDocument document) {
		if (document instanceof IDocumentExtension3 extension) {
			IDocumentPartitioner partitioner = GasmPartitions.createPartitioner();
			extension.setDocumentPartitioner(GasmPartitions.PARTITIONING, partitioner);
			partitioner.connect(document);
		}
	}
}
