package org.studiokit.barcode.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** A skipped test prints its reason on the console, as the README promises for missing real peers. */
class SkipReasonsTest {
    /** Run only by the launcher below (surefire leaves nested classes out). */
    static final class Skipping {
        @Test
        void needs_a_program() {
            Assumptions.abort("skipped: zbarimg is not installed (apt-get install zbar-tools)");
        }

        @Test
        @Disabled("waiting for a scanner")
        void disabled() {
        }

        @Test
        void runs() {
        }
    }

    @Test
    void aborted_and_disabled_tests_print_why_and_passing_ones_print_nothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(Skipping.class)).build();
        LauncherConfig config = LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build();
        LauncherFactory.create(config).execute(request, new SkipReasons(out));
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactlyInAnyOrder(
                "[SKIPPED] needs_a_program(): skipped: zbarimg is not installed (apt-get install zbar-tools)",
                "[SKIPPED] disabled(): waiting for a scanner");
    }
}
