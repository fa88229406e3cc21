package org.studiokit.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.Identified;

@DisplayName("STO-1 saving a new version of a stored record (same id and number) replaces it in place")
class RepositoryReplaceTest {
    /** A record with an index key (0: not indexed) and a value that changes between versions. */
    record Rec(long id, long number, long client, String value) implements Identified {
    }

    private final UndoLog log = new UndoLog();
    private final InMemoryRepository<Rec> repo = new InMemoryRepository<>(log,
            Map.<String, ToLongFunction<Rec>>of("client", Rec::client));

    private void saveAll(Rec... records) {
        log.transaction(() -> {
            for (Rec r : records) {
                repo.save(r);
            }
            return null;
        });
    }

    @Test
    @DisplayName("STO-1 a new version keeps the id order, the number lookup and an unchanged index")
    void replaceKeepsOrderAndIndexes() {
        saveAll(new Rec(1, 10, 7, "a"), new Rec(2, 11, 7, "b"), new Rec(3, 12, 8, "c"));
        saveAll(new Rec(1, 10, 7, "a2"));
        assertThat(repo.all()).extracting(Rec::value).containsExactly("a2", "b", "c");
        assertThat(repo.findByNumber(10)).map(Rec::value).contains("a2");
        assertThat(repo.by("client", 7)).extracting(Rec::value).containsExactly("a2", "b");
        assertThat(repo.size()).isEqualTo(3);
    }

    @Test
    @DisplayName("STO-1 a new version whose index key changed moves between the index's lists, in id order")
    void replaceMovesChangedIndexKey() {
        saveAll(new Rec(1, 10, 7, "a"), new Rec(2, 11, 8, "b"), new Rec(3, 12, 8, "c"));
        saveAll(new Rec(1, 10, 8, "a2"), new Rec(3, 12, 0, "c2"));
        assertThat(repo.by("client", 7)).isEmpty();
        assertThat(repo.by("client", 8)).extracting(Rec::value).containsExactly("a2", "b");
        assertThat(repo.all()).extracting(Rec::value).containsExactly("a2", "b", "c2");
    }

    @Test
    @DisplayName("STO-1 a failed transaction puts the earlier versions back, indexes included")
    void undoRestoresEarlierVersions() {
        saveAll(new Rec(1, 10, 7, "a"), new Rec(2, 11, 8, "b"));
        assertThatThrownBy(() -> log.transaction(() -> {
            repo.save(new Rec(1, 10, 8, "a2"));
            repo.save(new Rec(2, 11, 8, "b2"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(repo.all()).extracting(Rec::value).containsExactly("a", "b");
        assertThat(repo.by("client", 7)).extracting(Rec::value).containsExactly("a");
        assertThat(repo.by("client", 8)).extracting(Rec::value).containsExactly("b");
        assertThat(repo.findByNumber(11)).map(Rec::value).contains("b");
        assertThat(repo.findAll(List.of(2L, 1L))).extracting(Rec::value).containsExactly("a", "b");
    }
}
