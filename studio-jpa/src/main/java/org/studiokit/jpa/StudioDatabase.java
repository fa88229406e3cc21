package org.studiokit.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.studiokit.core.Studio;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.jpa.db.UrlDataSource;
import org.studiokit.jpa.db.Vendor;
import org.studiokit.jpa.row.AuditRow;
import org.studiokit.jpa.row.BatchRow;
import org.studiokit.jpa.row.BookedRow;
import org.studiokit.jpa.row.ClientRow;
import org.studiokit.jpa.row.DocumentRow;
import org.studiokit.jpa.row.EntryRow;
import org.studiokit.jpa.row.ExportRow;
import org.studiokit.jpa.row.IdempotencyRow;
import org.studiokit.jpa.row.Json;
import org.studiokit.jpa.row.MovementRow;
import org.studiokit.jpa.row.OrderRow;
import org.studiokit.jpa.row.SequenceRow;
import org.studiokit.jpa.row.SessionRow;
import org.studiokit.jpa.row.StudioRow;
import org.studiokit.jpa.store.DbIds;
import org.studiokit.jpa.store.JpaPostingStore;
import org.studiokit.jpa.store.JpaStudioStore;
import org.studiokit.jpa.store.Tx;
import org.studiokit.posting.Books;

/**
 * A database holding studios (H2, PostgreSQL or MariaDB), its schema migrated on open. One database can hold many
 * studios: every row carries its studio's id (STO-4).
 *
 * <pre>{@code
 * StudioDatabase db = StudioDatabase.open("jdbc:h2:file:./books/studio");   // or open(pooledDataSource)
 * JpaStudio s = db.studio("main", StudioSettings.defaults("USD"), Clock.systemUTC());
 * s.studio().clients().create(...); s.books().post(...);
 * }</pre>
 */
public final class StudioDatabase implements AutoCloseable {
    /** Child tables first: the order rows of a studio are deleted in. */
    private static final List<String> TABLES = List.of("sk_document_line", "sk_order_history", "sk_journal_line",
            "sk_booked_line", "sk_export", "sk_journal_entry", "sk_batch_totals", "sk_batch", "sk_booked",
            "sk_document", "sk_movement", "sk_production_order", "sk_session", "sk_client", "sk_audit", "sk_idempotency", "sk_sequence",
            "sk_studio");
    private final EntityManagerFactory emf;
    private final Vendor vendor;
    private final AutoCloseable owned;

    private StudioDatabase(DataSource ds, AutoCloseable owned) {
        this.vendor = Vendor.of(ds);
        this.owned = owned;
        Flyway.configure().dataSource(ds).locations(vendor.migrations()).table("sk_schema_history")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        this.emf = new HibernatePersistenceConfiguration("studiokit")
                .managedClasses(StudioRow.class, SequenceRow.class, ClientRow.class, SessionRow.class,
                        DocumentRow.class, MovementRow.class, OrderRow.class, AuditRow.class, IdempotencyRow.class,
                        BatchRow.class, EntryRow.class, BookedRow.class, ExportRow.class)
                .property("jakarta.persistence.nonJtaDataSource", ds)
                .property("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy")
                .property("hibernate.jdbc.batch_size", 50)
                .property("hibernate.order_inserts", true)
                .property("hibernate.order_updates", true)
                .createEntityManagerFactory();
    }

    /**
     * Opens a database by JDBC URL (credentials as URL parameters, e.g.
     * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}), migrating its schema.
     */
    public static StudioDatabase open(String url) {
        UrlDataSource ds = new UrlDataSource(Objects.requireNonNull(url, "url"));
        try {
            return new StudioDatabase(ds, ds);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    /** Opens a database on a host's DataSource (pass a pooled one), migrating its schema. */
    public static StudioDatabase open(DataSource dataSource) {
        return new StudioDatabase(Objects.requireNonNull(dataSource, "dataSource"), null);
    }

    /** @return the kind of database */
    public Vendor vendor() {
        return vendor;
    }

    /**
     * Opens a studio, creating it with the settings when the database does not hold it yet (an existing studio
     * keeps its stored settings).
     */
    public JpaStudio studio(String studioId, StudioSettings initial, Clock clock) {
        JpaStores stores = stores(studioId, initial);
        Studio studio = Studio.of(stores.core(), clock, stores.ids());
        return new JpaStudio(studio, new Books(studio, stores.posting()), stores.core(), stores.posting());
    }

    /**
     * A studio's stores alone, without the facade (which would record the Quick Sale client): for store tests and
     * for hosts that wire {@code Studio} themselves. Creates the studio with the settings when absent.
     */
    public JpaStores stores(String studioId, StudioSettings initial) {
        Objects.requireNonNull(initial, "initial");
        create(studioId, initial);
        Tx tx = new Tx(emf, studioId);
        return new JpaStores(new JpaStudioStore(tx), new JpaPostingStore(tx), new DbIds(tx));
    }

    private void create(String studioId, StudioSettings initial) {
        inTransaction(em -> {
            if (em.find(StudioRow.class, studioId) == null) {
                em.persist(new StudioRow(studioId, Json.write(initial)));
            }
        });
    }

    /** @return whether the database holds the studio */
    public boolean holds(String studioId) {
        EntityManager em = emf.createEntityManager();
        try {
            return em.find(StudioRow.class, studioId) != null;
        } finally {
            em.close();
        }
    }

    /** Deletes every row of a studio (other studios in the database are untouched). */
    public void delete(String studioId) {
        inTransaction(em -> {
            for (String table : TABLES) {
                em.createNativeQuery("delete from " + table + " where studio_id = ?1").setParameter(1, studioId)
                        .executeUpdate();
            }
        });
    }

    private void inTransaction(java.util.function.Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    /** @return the entity manager factory, for a host's own queries */
    public EntityManagerFactory entityManagerFactory() {
        return emf;
    }

    @Override
    public void close() {
        emf.close();
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
