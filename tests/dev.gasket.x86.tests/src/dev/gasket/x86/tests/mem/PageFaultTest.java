package dev.gasket.x86.tests.mem;

import static dev.gasket.x86.tests.mem.PageFaults.PRESENT;
import static dev.gasket.x86.tests.mem.PageTables.NX;
import static dev.gasket.x86.tests.mem.PageTables.P;
import static dev.gasket.x86.tests.mem.PageTables.RW;
import static dev.gasket.x86.tests.mem.PageTables.US;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.gasket.x86.mem.Access;
import dev.gasket.x86.mem.PagingMode;

/** #PF error codes for not-present entries and access-rights violations at every level (SDM Vol. 3, 4.6 and 4.7). */
class PageFaultTest {

	private static final PagingMode[] PAGING_MODES = {
			PagingMode.BITS_32, PagingMode.PAE, PagingMode.LEVEL_4, PagingMode.LEVEL_5 };
	private static final PagingMode[] XD_MODES = { PagingMode.PAE, PagingMode.LEVEL_4, PagingMode.LEVEL_5 };
	private static final boolean[] PRIVILEGES = { false, true };

	/** Every (mode, depth) with a test named after the entry at that depth. */
	private static Stream<DynamicTest> perLevel(String what, PagingMode[] modes, boolean withRightsOnly,
			LevelCheck check) {
		List<DynamicTest> tests = new ArrayList<>();
		for (PagingMode mode : modes) {
			List<String> names = PageTables.levelNames(mode);
			for (int depth = 0; depth < names.size(); depth++) {
				if (withRightsOnly && mode == PagingMode.PAE && depth == 0) {
					continue; // PAE PDPTEs have no R/W, U/S or XD
				}
				int level = depth;
				tests.add(DynamicTest.dynamicTest(what + " in " + mode.label() + " " + names.get(depth),
						() -> check.run(mode, level, names.get(level))));
			}
		}
		return tests.stream();
	}

	private interface LevelCheck {
		void run(PagingMode mode, int depth, String level) throws Throwable;
	}

	@TestFactory
	Stream<DynamicTest> notPresentEntryFaultsWithPresentBitClear() {
		return perLevel("P=0", PAGING_MODES, false, (mode, depth, level) -> {
			FaultScenario scenario = new FaultScenario(mode);
			scenario.tables.update(scenario.linear, depth, 0, P);
			for (Access access : Access.values()) {
				for (boolean user : PRIVILEGES) {
					scenario.assertFaults(access, user, scenario.errorCode(0, access, user), level + " not present");
				}
			}
		});
	}

	@TestFactory
	Stream<DynamicTest> notPresentFetchReportsIdOnlyWithPaeAndNxe() {
		return Stream.of(PAGING_MODES).flatMap(mode -> Stream.of(true, false).map(nxe -> DynamicTest.dynamicTest(
				mode.label() + (nxe ? " with" : " without") + " NXE", () -> {
					FaultScenario scenario = new FaultScenario(mode);
					scenario.controls = scenario.controls.withEfer(nxe ? Controls.EFER_NXE : 0, nxe ? 0 : Controls.EFER_NXE);
					scenario.tables.update(scenario.linear, scenario.tables.levels() - 1, 0, P);
					int expected = nxe && mode != PagingMode.BITS_32 ? PageFaults.FETCH : 0;
					scenario.assertFaults(Access.EXECUTE, false, expected, "PTE not present");
				})));
	}

	@TestFactory
	Stream<DynamicTest> readOnlyEntryStopsUserWritesAndSupervisorWritesOnlyWithWp() {
		return perLevel("R/W=0", PAGING_MODES, true, (mode, depth, level) -> {
			FaultScenario scenario = new FaultScenario(mode);
			scenario.tables.update(scenario.linear, depth, 0, RW);
			String reason = "write to read-only page (R/W=0 in " + level;
			scenario.assertFaults(Access.WRITE, true, PRESENT | PageFaults.WRITE | PageFaults.USER, reason);
			scenario.assertFaults(Access.WRITE, false, PRESENT | PageFaults.WRITE, reason);
			for (boolean user : PRIVILEGES) {
				scenario.assertAllowed(Access.READ, user);
				scenario.assertAllowed(Access.EXECUTE, user);
			}
			scenario.controls = scenario.controls.withCr0(0, Controls.CR0_WP);
			scenario.assertAllowed(Access.WRITE, false);
			scenario.assertFaults(Access.WRITE, true, PRESENT | PageFaults.WRITE | PageFaults.USER, reason);
		});
	}

	@TestFactory
	Stream<DynamicTest> supervisorEntryStopsEveryUserAccess() {
		return perLevel("U/S=0", PAGING_MODES, true, (mode, depth, level) -> {
			FaultScenario scenario = new FaultScenario(mode);
			scenario.tables.update(scenario.linear, depth, 0, US);
			for (Access access : Access.values()) {
				scenario.assertFaults(access, true, scenario.errorCode(PRESENT, access, true),
						"user access to supervisor page (U/S=0 in " + level);
				scenario.assertAllowed(access, false);
			}
		});
	}

	@TestFactory
	Stream<DynamicTest> executeDisableStopsOnlyFetches() {
		return perLevel("XD=1", XD_MODES, true, (mode, depth, level) -> {
			FaultScenario scenario = new FaultScenario(mode);
			scenario.tables.update(scenario.linear, depth, NX, 0);
			for (boolean user : PRIVILEGES) {
				scenario.assertFaults(Access.EXECUTE, user, scenario.errorCode(PRESENT, Access.EXECUTE, user),
						"instruction fetch from no-execute page (XD=1 in " + level);
				scenario.assertAllowed(Access.READ, user);
				scenario.assertAllowed(Access.WRITE, user);
			}
		});
	}

	@TestFactory
	Stream<DynamicTest> supervisorMayUseUserPagesWithoutSmepOrSmap() {
		return Stream.of(PAGING_MODES).map(mode -> DynamicTest.dynamicTest(mode.label(), () -> {
			FaultScenario scenario = new FaultScenario(mode);
			for (Access access : Access.values()) {
				scenario.assertAllowed(access, false);
				scenario.assertAllowed(access, true);
			}
		}));
	}

	@TestFactory
	Stream<DynamicTest> userChecksComeBeforeWriteChecks() {
		return Stream.of(PAGING_MODES).map(mode -> DynamicTest.dynamicTest(mode.label(), () -> {
			FaultScenario scenario = new FaultScenario(mode);
			int leaf = scenario.tables.levels() - 1;
			scenario.tables.update(scenario.linear, leaf, 0, US | RW);
			scenario.assertFaults(Access.WRITE, true, PRESENT | PageFaults.WRITE | PageFaults.USER, "U/S=0 in PTE");
		}));
	}
}
