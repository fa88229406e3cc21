package org.studiokit.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiokit.core.StudioFixture.DAY;
import static org.studiokit.core.StudioFixture.OWNER;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioFixture;

@DisplayName("PTY-1 clients and PTY-2 sessions")
class ClientsAndSessionsTest {
    private final StudioFixture f = StudioFixture.usd();

    @Test
    @DisplayName("PTY-1 clients are numbered from 1; the built-in Quick Sale client exists from the start with number 0")
    void pty1_numbering_and_quick_sale_client() {
        Client quick = f.studio.clients().quickSaleClient();
        assertThat(quick.number()).isZero();
        assertThat(quick.quickSale()).isTrue();
        assertThat(f.client("Jane Doe").number()).isEqualTo(1);
        assertThat(f.client("  John Roe ").name()).isEqualTo("John Roe");
        assertThat(f.studio.clients().byNumber(2).name()).isEqualTo("John Roe");
        assertThat(f.studio.clients().search("jo", 0, 10)).extracting(Client::name).containsExactly("John Roe");
    }

    @Test
    @DisplayName("PTY-1 a client needs a name; PTY-2 a session needs a known client other than Quick Sale, a type and a date")
    void pty1_pty2_refusals() {
        f.refused(ErrorCode.VALIDATION, () -> f.studio.clients().create(OWNER, " "));
        f.refused(ErrorCode.VALIDATION, () -> f.studio.clients().create(OWNER, "x".repeat(201)));
        Client jane = f.client("Jane Doe");
        f.refused(ErrorCode.NOT_FOUND, () -> f.studio.sessions().book(OWNER, 999_999, "Family", DAY, null));
        f.refused(ErrorCode.VALIDATION, () -> f.studio.sessions().book(OWNER, jane.id(), " ", DAY, null));
        f.refused(ErrorCode.VALIDATION, () -> f.studio.sessions().book(OWNER, jane.id(), "Family", null, null));
        f.refused(ErrorCode.WRONG_CLIENT, () -> f.studio.sessions().book(OWNER,
                f.studio.clients().quickSaleClient().id(), "Family", DAY, null));
        Session s = f.session(jane);
        assertThat(s.number()).isEqualTo(1);
        assertThat(f.studio.settings().sessionTypes()).containsKey("Family");
    }
}
