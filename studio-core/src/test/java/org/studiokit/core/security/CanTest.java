package org.studiokit.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.CLERK;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.OWNER;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.LockState;
import org.studiokit.core.StudioFixture;
import org.studiokit.core.document.Document;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.movement.WriteOff;
import org.studiokit.core.party.Client;

/** PTY-3: a host asks before showing a button. */
class CanTest {

    @Test
    @DisplayName("PTY-3 can(actor, action, record) follows the role, what creating the record needed, and its lock")
    void canFollowsRoleAndLock() {
        StudioFixture f = StudioFixture.usd();
        Client ann = f.client("Ann");
        Document inv = f.invoice(ann, "100.00");
        Receipt w = f.studio.money().writeOff(OWNER, WriteOff.of(inv.id(), f.m("10.00")).on(DAY));
        assertThat(f.studio.canChange(CLERK, inv)).isTrue();
        assertThat(f.studio.canChange(CLERK, w.document())).as("a write-off needs WRITE_OFF").isFalse();
        assertThat(f.studio.canChange(OWNER, w.document())).isTrue();
        assertThat(f.studio.canChange(CLERK, w.movement())).isFalse();
        assertThat(f.studio.can(CLERK, Permission.REFUND, null)).isFalse();
        assertThat(f.studio.can(OWNER, Permission.SELL, new LockState(1, false, null, null))).as("locked").isFalse();
        assertThat(f.studio.can(OWNER, Permission.SELL, new LockState(1, true, "owner", "fix"))).isTrue();
    }
}
