package com.csracademy;

import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventLoopsTest {

    @Test
    void eachGroupGetsOneLoopPerCpu() {
        Properties system = new Properties();
        EventLoops.onePerCpu(system, 2);
        assertThat(system).containsEntry(EventLoops.NETTY, "2").containsEntry(EventLoops.REACTOR_NETTY, "2");
    }

    @Test
    void aCountGivenOnTheCommandLineIsKept() {
        Properties system = new Properties();
        system.setProperty(EventLoops.REACTOR_NETTY, "6");
        EventLoops.onePerCpu(system, 8);
        assertThat(system).containsEntry(EventLoops.NETTY, "8").containsEntry(EventLoops.REACTOR_NETTY, "6");
    }

    @Test
    void aMachineReportingNoCpuStillGetsOneLoop() {
        Properties system = new Properties();
        EventLoops.onePerCpu(system, 0);
        assertThat(system).containsEntry(EventLoops.NETTY, "1").containsEntry(EventLoops.REACTOR_NETTY, "1");
    }
}
