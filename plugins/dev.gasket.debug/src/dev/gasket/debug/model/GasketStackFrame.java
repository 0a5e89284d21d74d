package dev.gasket.debug.model;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;

/**
 * A frame of the CPU's call chain: the top frame at the next instruction, callers at the calls found on the stack.
 * A thread keeps its frame objects from suspend to suspend (the views keep their state) and updates them.
 */
public final class GasketStackFrame extends GasketDebugElement implements IStackFrame {

	private final GasketThread thread;
	private final int depth;
	private volatile FrameInfo info;

	GasketStackFrame(GasketThread thread, int depth, FrameInfo info) {
		super(thread.gasketTarget());
		this.thread = thread;
		this.depth = depth;
		this.info = info;
	}

	void update(FrameInfo newInfo) {
		info = newInfo;
	}

	/** 0 for the top frame, then 1, 2, … for the callers. */
	public int depth() {
		return depth;
	}

	/** The linear address of the frame's instruction (the next one, or the call for a caller). */
	public long address() {
		return info.address();
	}

	/** The absolute path of the frame's source file, if the line table covers its address. */
	public Optional<Path> sourcePath() {
		return info.location().map(location -> location.file());
	}

	@Override
	public IThread getThread() {
		return thread;
	}

	@Override
	public IVariable[] getVariables() {
		return isSuspended() ? gasketTarget().states().dataSymbols(this) : new IVariable[0];
	}

	@Override
	public boolean hasVariables() {
		return getVariables().length > 0;
	}

	@Override
	public int getLineNumber() {
		return info.location().map(location -> location.line()).orElse(-1);
	}

	@Override
	public int getCharStart() {
		return -1;
	}

	@Override
	public int getCharEnd() {
		return -1;
	}

	/** {@code symbol+0x12}, or the address when no symbol lies below it. */
	@Override
	public String getName() {
		return info.name();
	}

	@Override
	public IRegisterGroup[] getRegisterGroups() {
		return isSuspended() ? gasketTarget().states().registerGroups(this) : new IRegisterGroup[0];
	}

	@Override
	public boolean hasRegisterGroups() {
		return getRegisterGroups().length > 0;
	}

	@Override
	public boolean canStepInto() {
		return thread.canStepInto();
	}

	@Override
	public boolean canStepOver() {
		return thread.canStepOver();
	}

	@Override
	public boolean canStepReturn() {
		return thread.canStepReturn();
	}

	@Override
	public boolean isStepping() {
		return thread.isStepping();
	}

	@Override
	public void stepInto() throws DebugException {
		thread.stepInto();
	}

	@Override
	public void stepOver() throws DebugException {
		thread.stepOver();
	}

	@Override
	public void stepReturn() throws DebugException {
		thread.stepReturn();
	}

	@Override
	public boolean canResume() {
		return thread.canResume();
	}

	@Override
	public boolean canSuspend() {
		return thread.canSuspend();
	}

	@Override
	public boolean isSuspended() {
		return thread.isSuspended();
	}

	@Override
	public void resume() throws DebugException {
		thread.resume();
	}

	@Override
	public void suspend() throws DebugException {
		thread.suspend();
	}

	@Override
	public boolean canTerminate() {
		return thread.canTerminate();
	}

	@Override
	public boolean isTerminated() {
		return thread.isTerminated();
	}

	@Override
	public void terminate() throws DebugException {
		thread.terminate();
	}
}
