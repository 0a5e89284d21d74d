package dev.gasket.x86.tests.mem;

import static dev.gasket.x86.tests.mem.PageFaults.PRESENT;
import static dev.gasket.x86.tests.mem.PageFaults.USER;
import static dev.gasket.x86.tests.mem.PageFaults.WRITE;
import static dev.gasket.x86.tests.mem.PageFaults.assertPageFault;
import static dev.gasket.x86.tests.mem.PageTables.P;
import static dev.gasket.x86.tests.mem.PageTables.RW;
import static dev.gasket.x86.tests.mem.PageTables.USER_RW;
import static dev.gasket.x86.tests.mem.PageTables.US;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.gasket.x86.mem.Access;
import dev.gasket.x86.mem.Mmu;
import dev.gasket.x86.mem.PagingMode;

/**
 * The TLB only ever answers as a fresh walk would, apart from the staleness the SDM allows after an entry is edited
 * without invalidation; these tests check that every invalidating operation of SDM Vol. 3, 4.10.4 ends that
 * staleness, and never assert staleness itself.
 */
class TlbTest {

	private static final long NEW_FRAME = 0x0088_8000L;
	/** Aligned for 2 and 4 MiB pages; shares no bit with the scenario's frames. */
	private static final long NEW_LARGE_FRAME = 0x0080_0000L;
	private static final boolean[] PRIVILEGES = { false, true };

	private record Invalidation(String name, BiConsumer<Mmu, FaultScenario> operation) {
	}

	private static Stream<Invalidation> invalidations() {
		return Stream.of(
				new Invalidation("INVLPG of the address", (mmu, s) -> mmu.invalidate(s.linear)),
				new Invalidation("INVLPG elsewhere in the page", (mmu, s) -> mmu.invalidate(s.linear & -s.pageSize)),
				new Invalidation("full flush", (mmu, s) -> mmu.flush()),
				new Invalidation("MOV to CR3 of the same value", (mmu, s) -> s.controls.applyTo(mmu)),
				new Invalidation("MOV to CR3 away and back", (mmu, s) -> {
					s.controls.withCr3(0x20_0000L).applyTo(mmu);
					s.controls.applyTo(mmu);
				}),
				new Invalidation("CR4.PGE set", (mmu, s) -> s.controls.withCr4(Controls.CR4_PGE, 0).applyTo(mmu)),
				new Invalidation("CR0.PG cleared and set", (mmu, s) -> {
					s.controls.withCr0(0, Controls.CR0_PG).withEfer(0, Controls.EFER_LMA).applyTo(mmu);
					s.controls.applyTo(mmu);
				}));
	}

	@TestFactory
	Stream<DynamicTest> invalidationMakesANewFrameVisible() {
		return Stream.of(new FaultScenario(PagingMode.LEVEL_4), new FaultScenario(PagingMode.LEVEL_4, 1L << 21),
				new FaultScenario(PagingMode.BITS_32, 1L << 22), new FaultScenario(PagingMode.PAE))
				.flatMap(template -> invalidations().map(invalidation -> DynamicTest.dynamicTest(
						template.mode.label() + " " + (template.pageSize >> 10) + " KiB page, " + invalidation.name(),
						() -> {
							FaultScenario scenario = new FaultScenario(template.mode, template.pageSize);
							Mmu mmu = scenario.mmu();
							translateEveryWay(mmu, scenario.linear, scenario.frame, scenario.pageSize);
							long frame = scenario.pageSize == 1L << 12 ? NEW_FRAME : NEW_LARGE_FRAME;
							scenario.tables.update(scenario.linear, scenario.leafDepth(), frame, scenario.frame);
							invalidation.operation().accept(mmu, scenario);
							translateEveryWay(mmu, scenario.linear, frame, scenario.pageSize);
						})));
	}

	private static void translateEveryWay(Mmu mmu, long linear, long frame, long pageSize) {
		for (Access access : Access.values()) {
			for (boolean user : PRIVILEGES) {
				assertEquals(frame | (linear & (pageSize - 1)), mmu.translate(linear, access, user),
						access + " user " + user);
			}
		}
	}

	@Test
	void invalidatedNotPresentPageFaults() {
		FaultScenario scenario = new FaultScenario(PagingMode.LEVEL_5);
		Mmu mmu = scenario.mmu();
		translateEveryWay(mmu, scenario.linear, scenario.frame, scenario.pageSize);
		scenario.tables.update(scenario.linear, scenario.leafDepth(), 0, P);
		mmu.invalidate(scenario.linear);
		for (Access access : Access.values()) {
			for (boolean user : PRIVILEGES) {
				assertPageFault(scenario.errorCode(0, access, user), scenario.linear,
						() -> mmu.translate(scenario.linear, access, user));
			}
		}
	}

	@Test
	void aPageFaultDropsTheStaleTranslationOfItsAddress() {
		FaultScenario scenario = new FaultScenario(PagingMode.LEVEL_4);
		Mmu mmu = scenario.mmu();
		mmu.translate(scenario.linear, Access.READ, false);
		scenario.tables.update(scenario.linear, scenario.leafDepth(), 0, P);
		// The user translation was never cached, so this walks and faults ...
		assertPageFault(USER, scenario.linear, () -> mmu.translate(scenario.linear, Access.READ, true));
		// ... which invalidates the supervisor's cached one too (SDM 4.10.4.1).
		assertPageFault(0, scenario.linear, () -> mmu.translate(scenario.linear, Access.READ, false));
	}

	@Test
	void writeProtectChangesApplyToCachedTranslations() {
		FaultScenario scenario = new FaultScenario(PagingMode.PAE);
		scenario.tables.update(scenario.linear, scenario.leafDepth(), 0, RW);
		scenario.controls = scenario.controls.withCr0(0, Controls.CR0_WP);
		Mmu mmu = scenario.mmu();
		mmu.write(scenario.linear, 2, 0xBEEF, false);
		scenario.controls.withCr0(Controls.CR0_WP, 0).applyTo(mmu);
		assertPageFault(PRESENT | WRITE, scenario.linear, () -> mmu.write(scenario.linear, 2, 0xF00D, false));
		scenario.controls.applyTo(mmu);
		mmu.write(scenario.linear, 2, 0xF00D, false);
		assertEquals(0xF00D, mmu.read(scenario.linear, 2, Access.READ, false));
	}

	@Test
	void aSupervisorTranslationDoesNotGrantUserAccess() {
		FaultScenario scenario = new FaultScenario(PagingMode.LEVEL_4);
		scenario.tables.update(scenario.linear, 1, 0, US);
		Mmu mmu = scenario.mmu();
		translateSupervisor(mmu, scenario);
		for (Access access : Access.values()) {
			assertPageFault(scenario.errorCode(PRESENT, access, true), scenario.linear,
					() -> mmu.translate(scenario.linear, access, true));
		}
		translateSupervisor(mmu, scenario);
	}

	private static void translateSupervisor(Mmu mmu, FaultScenario scenario) {
		for (Access access : Access.values()) {
			assertEquals(scenario.frame | (scenario.linear & 0xFFF), mmu.translate(scenario.linear, access, false));
		}
	}

	@Test
	void aCachedUserReadDoesNotGrantUserWrites() {
		FaultScenario scenario = new FaultScenario(PagingMode.BITS_32);
		scenario.tables.update(scenario.linear, scenario.leafDepth(), 0, RW);
		scenario.controls = scenario.controls.withCr0(0, Controls.CR0_WP);
		Mmu mmu = scenario.mmu();
		mmu.translate(scenario.linear, Access.READ, true);
		mmu.translate(scenario.linear, Access.WRITE, false);
		assertPageFault(PRESENT | WRITE | USER, scenario.linear, () -> mmu.translate(scenario.linear, Access.WRITE, true));
	}

	@Test
	void pagesSharingATlbSlotKeepTheirOwnFrames() {
		PageTables tables = new PageTables(new FaultScenario(PagingMode.LEVEL_4).memory, PagingMode.LEVEL_4, 0x10_0000);
		long[] pages = { 0x40_0000L, 0x40_0000L + (1L << 21), 0x40_0000L + (1L << 30), 0x7F00_0040_0000L };
		for (int i = 0; i < pages.length; i++) {
			tables.map4k(pages[i], 0x1000L * (i + 1), USER_RW);
		}
		Mmu mmu = new Mmu(tables.memory());
		Controls.forTables(tables).applyTo(mmu);
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < pages.length; i++) {
				assertEquals(0x1000L * (i + 1) + 0x10, mmu.translate(pages[i] + 0x10, Access.READ, false));
				assertEquals(0x1000L * (i + 1) + 0x20, mmu.translate(pages[i] + 0x20, Access.WRITE, true));
			}
		}
	}

	@Test
	void switchingFrom4To5LevelPagingUsesTheNewHierarchy() {
		FaultScenario four = new FaultScenario(PagingMode.LEVEL_4);
		PageTables five = new PageTables(four.memory, PagingMode.LEVEL_5, 0x40_0000L).map4k(four.linear, NEW_FRAME, USER_RW);
		Mmu mmu = four.mmu();
		assertEquals(four.frame | (four.linear & 0xFFF), mmu.translate(four.linear, Access.READ, false));
		four.controls.withCr0(0, Controls.CR0_PG).withEfer(0, Controls.EFER_LMA).applyTo(mmu);
		Controls.forTables(five).applyTo(mmu);
		assertEquals(PagingMode.LEVEL_5, mmu.mode());
		assertEquals(NEW_FRAME | (four.linear & 0xFFF), mmu.translate(four.linear, Access.READ, false));
	}
}
