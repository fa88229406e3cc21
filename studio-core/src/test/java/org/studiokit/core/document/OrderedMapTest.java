package org.studiokit.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DOC-7 totals keep their taxes by code in the order they were priced")
class OrderedMapTest {

    @Test
    @DisplayName("DOC-7 the compact copy iterates, looks up and compares like the linked map it copies")
    void likeLinkedHashMap() {
        Map<String, Integer> source = new LinkedHashMap<>();
        source.put("ST", 1);
        source.put("CITY", 2);
        source.put("A", 3);
        Map<String, Integer> copy = OrderedMap.copyOf(source);
        assertThat(copy.keySet()).containsExactly("ST", "CITY", "A");
        assertThat(copy.values()).containsExactly(1, 2, 3);
        assertThat(copy).isEqualTo(source).hasSameHashCodeAs(source);
        assertThat(copy.get("CITY")).isEqualTo(2);
        assertThat(copy.get("X")).isNull();
        assertThat(copy.containsKey("A")).isTrue();
        assertThat(copy).hasToString(source.toString());
        source.put("B", 4);
        assertThat(copy).hasSize(3);
        assertThatThrownBy(() -> copy.put("B", 4)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.entrySet().iterator().remove()).isInstanceOf(
                UnsupportedOperationException.class);
        assertThat(OrderedMap.copyOf(Map.of())).isEmpty();
    }
}
