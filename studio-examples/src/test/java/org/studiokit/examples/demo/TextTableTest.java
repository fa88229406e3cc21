package org.studiokit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {
    @Test
    void numbers_align_right_text_aligns_left_under_a_rule() {
        String table = new TextTable("Account", "Balance").row("Accounts Receivable", "112.75")
                .row("Sales", "-1,150.00").row("Cash").render();
        assertThat(table).isEqualTo("""
                Account                Balance
                -------------------  ---------
                Accounts Receivable     112.75
                Sales                -1,150.00
                Cash
                """);
    }

    @Test
    void a_row_with_too_many_cells_is_refused() {
        assertThatThrownBy(() -> new TextTable("A").row("1", "2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_empty_table_is_its_header_and_rule() {
        assertThat(new TextTable("Status", "Orders").render()).isEqualTo("Status  Orders\n------  ------\n");
    }
}
