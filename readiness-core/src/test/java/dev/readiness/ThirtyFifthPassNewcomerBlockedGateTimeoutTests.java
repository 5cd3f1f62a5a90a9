package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.Settings;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Thirty-fifth pass, newcomer (AfriGest's Stripe check, replaced by a gate): a gate that asks a provider's API with
 * no read timeout, behind a proxy that accepts and never answers, hung in a socket read and was rightly a
 * {@code gate.timeout} NO-GO, but its message said "extended to 7.7 s while it was short of CPU on a busy machine" on
 * an idle machine: a blocked thread is watched past its timeout to tell it from a starved one, and the message took
 * the watching for starvation. It now says the gate used no CPU and was blocked.
 */
class ThirtyFifthPassNewcomerBlockedGateTimeoutTests {

    @Test
    void aGateBlockedInASocketReadIsSaidToBeBlockedNotShortOfCpu() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (Exception closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Gate hanging = Gate.of("acme.provider-webhook", "asks the provider's API", context -> {
                try (Socket socket = new Socket("127.0.0.1", silent.getLocalPort());
                        InputStream in = socket.getInputStream()) {
                    in.read(); // no read timeout, as the hand-written check had
                }
                return Outcome.go();
            });
            for (int parallelism : new int[] {1, 2}) {
                Report report = Readiness.builder()
                        .stage(Stage.PRODUCTION)
                        .settings(Settings.builder().map(Map.of("A", "b"), "test").build())
                        .gates(hanging, Gate.of("acme.other", "other", context -> Outcome.go()))
                        .gateTimeout(Duration.ofMillis(400))
                        .parallelism(parallelism)
                        .build()
                        .run();
                Finding timeout = report.gate("acme.provider-webhook").orElseThrow().findings().get(0);
                assertThat(timeout.code()).isEqualTo("gate.timeout");
                assertThat(timeout.message())
                        .contains("did not finish within its timeout of 400 ms")
                        .contains("it used no CPU past its timeout, so it was blocked")
                        .doesNotContain("short of CPU");
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
