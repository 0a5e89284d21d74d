package dev.gasket.x86.tests.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TargetDescriptionTest {

	private static final Map<String, String> DOCUMENTS = Map.of(
			"target.xml", """
					<?xml version="1.0"?>
					<!DOCTYPE target SYSTEM "gdb-target.dtd">
					<target>
					  <architecture>i386:x86-64</architecture>
					  <!-- <reg name="commented" bitsize="8"/> -->
					  <xi:include href="core.xml"/>
					  <xi:include href='sys.xml'/>
					</target>""",
			"core.xml", """
					<feature name="org.example.core">
					  <reg name="a" bitsize="64" type="int64"/>
					  <reg name="b" bitsize="32"/>
					</feature>""",
			"sys.xml", """
					<feature name="org.example.sys">
					  <reg name="late" bitsize="64" regnum="10"/>
					  <reg name="next" bitsize="16"/>
					  <reg name="early" bitsize="8" regnum="5"/>
					</feature>""");

	@Test
	void includesExpandInPlaceAndRegnumRestartsNumbering() {
		TargetDescription description = TargetDescription.parse("target.xml", DOCUMENTS::get);
		assertEquals("i386:x86-64", description.architecture());
		assertEquals(List.of("a", "b", "early", "late", "next"),
				description.registers().stream().map(RegisterInfo::name).toList());
		RegisterInfo next = description.register("next").orElseThrow();
		assertEquals(11, next.number());
		assertEquals(2, next.byteSize());
		assertEquals("org.example.sys", next.feature());
		assertEquals("int64", description.register("a").orElseThrow().type());
		assertTrue(description.register("commented").isEmpty());
	}

	@Test
	void registerWithoutBitsizeIsReportedWithItsDocument() {
		GdbRemoteException error = assertThrows(GdbRemoteException.class, () -> TargetDescription.parse("t.xml",
				annex -> "<feature name=\"f\"><reg name=\"r\"/></feature>"));
		assertTrue(error.getMessage().contains("bitsize") && error.getMessage().contains("t.xml"),
				error.getMessage());
	}

	@Test
	void descriptionWithoutRegistersIsRejected() {
		assertThrows(GdbRemoteException.class, () -> TargetDescription.parse("t.xml", annex -> "<target/>"));
	}
}
