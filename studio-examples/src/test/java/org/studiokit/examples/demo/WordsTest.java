package org.studiokit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo's counts and lists read as English. */
class WordsTest {
    @Test
    void one_is_singular_and_every_other_count_plural() {
        assertThat(Words.count(1, "document")).isEqualTo("1 document");
        assertThat(Words.count(0, "document")).isEqualTo("0 documents");
        assertThat(Words.count(2, "money movement")).isEqualTo("2 money movements");
        assertThat(Words.count(1, "entry")).isEqualTo("1 entry");
        assertThat(Words.count(47, "entry")).isEqualTo("47 entries");
        assertThat(Words.count(2, "batch")).isEqualTo("2 batches");
        assertThat(Words.count(1, "monthly batch")).isEqualTo("1 monthly batch");
        assertThat(Words.count(3, "tax")).isEqualTo("3 taxes");
        assertThat(Words.count(3, "key")).isEqualTo("3 keys");
    }

    @Test
    void maps_read_as_lists_in_their_order() {
        Map<String, Object> taxes = new LinkedHashMap<>();
        taxes.put("ST", "3.80");
        taxes.put("CITY", "4.28");
        assertThat(Words.pairs(taxes)).isEqualTo("ST 3.80, CITY 4.28");
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("CREDIT_MEMO", 1);
        types.put("GENERIC", 4);
        types.put("SESSION_FEE", 3);
        assertThat(Words.counts(types)).isEqualTo("1 credit memo, 4 generic invoices, 3 session fees");
    }
}
