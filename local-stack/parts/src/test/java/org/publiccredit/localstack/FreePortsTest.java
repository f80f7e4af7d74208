package org.publiccredit.localstack;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FreePortsTest {

    @Test
    void zeroPicksAFreePortAndOthersStay() {
        assertThat(FreePorts.resolve(0)).isBetween(1, 65_535);
        assertThat(FreePorts.resolve(9200)).isEqualTo(9200);
        assertThatThrownBy(() -> FreePorts.resolve(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seesWhetherAPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(FreePorts.isFree(taken.getLocalPort())).isFalse();
            assertThatThrownBy(() -> FreePorts.awaitReleased(taken.getLocalPort(), Duration.ofMillis(50)))
                .hasMessageContaining("still in use");
        }
    }
}
