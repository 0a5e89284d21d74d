package dev.gasket.x86.tests.differential;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * What the generator knows about each general-purpose register while it builds a snippet: its initial
 * value, and whether the value is still that (so an address or a shift count computed from it is exact).
 * RSP is only ever changed by pushes and pops, so its value is always known.
 */
final class RegisterFile {

	enum State {
		/** Not used yet: the generator may still choose its initial value. */
		UNTOUCHED,
		/** Read, but still the initial value. */
		KNOWN,
		/** Moved by string instructions only, so within a few hundred bytes or counts of the initial value. */
		APPROXIMATE,
		UNKNOWN,
		/** Architecturally undefined (e.g. the destination of bsf with a zero source); must not be read. */
		UNDEFINED
	}

	private final long[] initial;
	private final State[] states;
	private long stackDelta;

	RegisterFile(long[] initial) {
		this(initial.clone(), new State[16], 0);
		Arrays.fill(states, State.UNTOUCHED);
		states[Register.RSP] = State.KNOWN;
	}

	private RegisterFile(long[] initial, State[] states, long stackDelta) {
		this.initial = initial;
		this.states = states;
		this.stackDelta = stackDelta;
	}

	RegisterFile copy() {
		return new RegisterFile(initial.clone(), states.clone(), stackDelta);
	}

	long[] initialValues() {
		return initial.clone();
	}

	long initial(int number) {
		return initial[number];
	}

	State state(int number) {
		return states[number];
	}

	/** Sets the initial value of a register nothing has used yet. */
	void choose(int number, long value) {
		Infeasible.unless(states[number] == State.UNTOUCHED);
		initial[number] = value;
		states[number] = State.KNOWN;
	}

	boolean readable(int number) {
		return states[number] != State.UNDEFINED;
	}

	void read(int number) {
		Infeasible.unless(readable(number));
		if (states[number] == State.UNTOUCHED) {
			states[number] = State.KNOWN;
		}
	}

	/** The current value, if the generator knows it exactly. */
	OptionalLong known(int number) {
		return switch (states[number]) {
		case UNTOUCHED, KNOWN -> OptionalLong.of(initial[number] + (number == Register.RSP ? stackDelta : 0));
		default -> OptionalLong.empty();
		};
	}

	/** Whether the value is the initial one or was only moved a little by string instructions. */
	boolean nearInitial(int number) {
		State state = states[number];
		return state == State.UNTOUCHED || state == State.KNOWN || state == State.APPROXIMATE;
	}

	/** An instruction wrote {@code bits} of the register; a partial write leaves an undefined register undefined. */
	void written(int number, int bits) {
		if (states[number] != State.UNDEFINED || bits >= 32) {
			states[number] = State.UNKNOWN;
		}
	}

	void movedByString(int number) {
		if (nearInitial(number)) {
			states[number] = State.APPROXIMATE;
		}
	}

	void undefine(int number) {
		states[number] = State.UNDEFINED;
	}

	void moveStack(long delta) {
		stackDelta += delta;
	}

	long stackDelta() {
		return stackDelta;
	}

	/** Bit n set when register n is undefined. */
	int undefinedMask() {
		int mask = 0;
		for (int i = 0; i < states.length; i++) {
			mask |= states[i] == State.UNDEFINED ? 1 << i : 0;
		}
		return mask;
	}
}
