package dev.gasket.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.memory.IMemoryRendering;
import org.eclipse.debug.ui.memory.IMemoryRenderingContainer;
import org.eclipse.debug.ui.memory.IMemoryRenderingSite;
import org.eclipse.debug.ui.memory.IRepositionableMemoryRendering;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.gasket.debug.model.GasketLineBreakpoint;
import dev.gasket.x86.machine.Machine;

/**
 * The platform's Memory view on a Gasket session: Add Memory Monitor with a symbol or a {@code phys:} address gives a
 * raw-bytes rendering whose bytes are the engine's, also after the program ran on.
 */
class MemoryViewUiTest {
	private static final String RAW_BYTES = "org.eclipse.debug.ui.rendering.raw_memory";
	/** tr_cr4=0x1000 as the launch assigns it, in x86 byte order. */
	private static final byte[] TR_CR4_BYTES = { 0x00, 0x10, 0x00, 0x00 };

	@RegisterExtension
	final ImportedTrampoline imported = new ImportedTrampoline();

	private TrampolineProject trampoline() {
		return imported.project();
	}

	@Test
	void monitorsOfTrCr4AndOfItsPhysicalAddressShowTheEngineBytes() throws Exception {
		try (EmulatorSession session = EmulatorSession.start(EmulatorSession.trampoline())) {
			DebugViewProbe.show().select(session.top());
			long linear = address(session, "tr_cr4");
			long physical = session.onEngine(() -> session.target().session().machine().translate(linear).physical().orElseThrow());
			byte[] engine = engineBytes(session, linear);
			assertArrayEquals(TR_CR4_BYTES, engine, "the engine holds the assigned value");
			assertEquals(0x1000, session.onEngine(() -> session.target().session().evaluate("tr_cr4")));
			IViewPart memoryView = Ui.page().showView(IDebugUIConstants.ID_MEMORY_VIEW);

			addMonitor(memoryView, "tr_cr4");
			assertShows(awaitRawRendering(memoryView, "tr_cr4"), linear, engine);

			addMonitor(memoryView, "phys:0x" + Long.toHexString(physical));
			assertShows(awaitRawRendering(memoryView, "0x" + Long.toHexString(physical) + " (physical)"), physical, engine);
		}
	}

	@Test
	void aMonitorShowsWhatTheProgramWroteByTheNextSuspend() throws Exception {
		DebugPlugin.getDefault().getBreakpointManager()
				.addBreakpoint(new GasketLineBreakpoint(trampoline().source(), trampoline().lineOf("\tjnc\tlock_taken64")));
		try (EmulatorSession session = EmulatorSession.start(EmulatorSession.trampoline())) {
			DebugViewProbe.show().select(session.top());
			long trLock = address(session, "tr_lock");
			IViewPart memoryView = Ui.page().showView(IDebugUIConstants.ID_MEMORY_VIEW);
			addMonitor(memoryView, "tr_lock");
			IMemoryRendering rendering = awaitRawRendering(memoryView, "tr_lock");
			byte[] free = engineBytes(session, trLock);
			assertShows(rendering, trLock, free);

			session.stepWith("org.eclipse.debug.ui.commands.Resume");
			byte[] taken = engineBytes(session, trLock);
			assertEquals(free[0] | 1, taken[0], "lock btsl set bit 0 of tr_lock");
			assertShows(rendering, trLock, taken);
		}
	}

	private static long address(EmulatorSession session, String symbol) {
		return session.target().session().program().symbol(symbol).orElseThrow().value();
	}

	/** Four bytes at a linear address as the engine's memory holds them, through the page tables. */
	private static byte[] engineBytes(EmulatorSession session, long linear) throws Exception {
		return session.onEngine(() -> {
			Machine machine = session.target().session().machine();
			return machine.memory().read(machine.translate(linear).physical().orElseThrow(), TR_CR4_BYTES.length);
		});
	}

	/** The rendering starts at the block's address and its table shows the engine's bytes there. */
	private static void assertShows(IMemoryRendering rendering, long address, byte[] engine) {
		String expected = HexFormat.of().formatHex(engine);
		Ui.waitUntil("the rendering shows " + expected + " at 0x" + Long.toHexString(address), () -> expected.equals(shownHex(rendering, address, engine.length)));
		assertEquals(BigInteger.valueOf(address), ((IRepositionableMemoryRendering) rendering).getSelectedAddress(), "it opens at the block's address");
	}

	/**
	 * The hex the rendering's table shows for {@code length} bytes at {@code address}: the row whose address column is at
	 * or below it, its byte columns joined.
	 */
	private static String shownHex(IMemoryRendering rendering, long address, int length) {
		List<Table> tables = Ui.find(rendering.getControl(), Table.class, candidate -> true);
		if (tables.isEmpty()) {
			// the rendering builds its table once the first bytes arrive
			return "";
		}
		Table table = tables.get(0);
		for (TableItem item : table.getItems()) {
			String rowAddress = item.getText(0).strip();
			if (!rowAddress.matches("[0-9A-Fa-f]+")) {
				continue;
			}
			StringBuilder bytes = new StringBuilder();
			for (int column = 1; column < table.getColumnCount(); column++) {
				bytes.append(item.getText(column).strip());
			}
			long offset = address - Long.parseUnsignedLong(rowAddress, 16);
			if (offset >= 0 && (offset + length) * 2 <= bytes.length()) {
				return bytes.substring((int) offset * 2, (int) (offset + length) * 2).toLowerCase();
			}
		}
		return "";
	}

	private static IMemoryRendering awaitRawRendering(IViewPart memoryView, String expression) {
		Ui.waitUntil("the Memory view renders " + expression + " as raw bytes", () -> rawRendering(memoryView, expression).isPresent());
		return rawRendering(memoryView, expression).orElseThrow();
	}

	private static Optional<IMemoryRendering> rawRendering(IViewPart memoryView, String expression) {
		IMemoryRenderingSite site = (IMemoryRenderingSite) memoryView;
		return Arrays.stream(site.getMemoryRenderingContainers()).map(IMemoryRenderingContainer::getRenderings).flatMap(Arrays::stream)
				.filter(rendering -> RAW_BYTES.equals(rendering.getRenderingId()) && expressionOf(rendering).equals(expression)).findFirst();
	}

	private static String expressionOf(IMemoryRendering rendering) {
		return rendering.getMemoryBlock() instanceof IMemoryBlockExtension block ? block.getExpression() : "";
	}

	/** Add Memory Monitor in the view's toolbar, with {@code expression} typed into its dialog and OK pressed. */
	private static void addMonitor(IViewPart memoryView, String expression) {
		ToolItem add = Ui.find(memoryView.getSite().getShell(), ToolBar.class, bar -> true).stream().flatMap(bar -> Arrays.stream(bar.getItems()))
				.filter(item -> "Add Memory Monitor".equals(item.getToolTipText())).findFirst()
				.orElseThrow(() -> new AssertionError("the Memory view has no Add Memory Monitor"));
		Ui.waitUntil("Add Memory Monitor is enabled", add::isEnabled);
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + Ui.BOUND.toNanos();
		String[] failure = { null };
		Runnable answer = new Runnable() {
			@Override
			public void run() {
				Optional<Shell> dialog = Arrays.stream(display.getShells()).filter(shell -> shell.isVisible() && "Monitor Memory".equals(shell.getText()))
						.findFirst();
				if (dialog.isEmpty()) {
					if (System.nanoTime() < deadline) {
						display.timerExec(50, this);
					} else {
						failure[0] = "the Monitor Memory dialog did not open";
					}
					return;
				}
				Ui.find(dialog.get(), Combo.class, combo -> true).get(0).setText(expression);
				Button ok = Ui.find(dialog.get(), Button.class, button -> "OK".equals(button.getText().replace("&", ""))).get(0);
				ok.notifyListeners(SWT.Selection, new Event());
			}
		};
		display.asyncExec(answer);
		add.notifyListeners(SWT.Selection, new Event());
		Ui.flushEvents();
		if (failure[0] != null) {
			fail(failure[0]);
		}
	}
}
