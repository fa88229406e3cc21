package org.studiokit.examples.people;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.studiokit.jpa.StudioDatabase;
import org.studiokit.posting.export.DeliveryStatus;
import org.studiokit.posting.export.ExportLog;
import org.studiokit.posting.export.ExportRecord;

/**
 * The command line's export log (EXP-4) in the studio's database, table {@code skx_export_log} (created on first
 * use), so a re-export is recognised across runs. Each append commits on its own.
 */
final class DbExportLog implements ExportLog {
    private static final String COLUMNS = "seq, format, batches, at_utc, actor, sha256, reexport, status, detail,"
            + " content";
    private final EntityManagerFactory emf;
    private final String studio;

    DbExportLog(StudioDatabase db, String studio) {
        this.emf = db.entityManagerFactory();
        this.studio = studio;
        String text = switch (db.vendor()) {
            case H2 -> "varchar(1000000)";
            case POSTGRESQL -> "text";
            case MARIADB -> "longtext";
        };
        write(em -> em.createNativeQuery("create table if not exists skx_export_log (studio_id varchar(64) not null,"
                + " seq bigint not null, format varchar(64) not null, batches varchar(4000) not null, at_utc"
                + " varchar(64) not null, actor varchar(200) not null, sha256 varchar(64) not null, reexport"
                + " varchar(5) not null, status varchar(16) not null, detail varchar(4000) not null, content " + text
                + " not null, primary key (studio_id, seq))").executeUpdate());
    }

    @Override
    public List<ExportRecord> all() {
        EntityManager em = emf.createEntityManager();
        try {
            List<?> rows = em.createNativeQuery("select " + COLUMNS + " from skx_export_log where studio_id = ?1"
                    + " order by seq").setParameter(1, studio).getResultList();
            List<ExportRecord> records = new ArrayList<>();
            for (Object row : rows) {
                records.add(record((Object[]) row));
            }
            return records;
        } finally {
            em.close();
        }
    }

    private static ExportRecord record(Object[] r) {
        List<Long> batches = Arrays.stream(String.valueOf(r[2]).split(",")).map(Long::valueOf).toList();
        return new ExportRecord(((Number) r[0]).longValue(), (String) r[1], batches, Instant.parse((String) r[3]),
                (String) r[4], (String) r[5], Boolean.parseBoolean((String) r[6]), DeliveryStatus.valueOf((String) r[7]),
                (String) r[8], Base64.getDecoder().decode(String.valueOf(r[9])));
    }

    @Override
    public void append(ExportRecord r) {
        write(em -> em.createNativeQuery("insert into skx_export_log (studio_id, " + COLUMNS + ") values (?1, ?2,"
                + " ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)").setParameter(1, studio).setParameter(2, r.sequence())
                .setParameter(3, r.format()).setParameter(4, String.join(",", r.batches().stream()
                        .map(String::valueOf).toList())).setParameter(5, r.at().toString())
                .setParameter(6, r.actor()).setParameter(7, r.sha256()).setParameter(8, String.valueOf(r.reexport()))
                .setParameter(9, r.status().name()).setParameter(10, r.detail())
                .setParameter(11, Base64.getEncoder().encodeToString(r.content())).executeUpdate());
    }

    @Override
    public void saveStatus(long sequence, DeliveryStatus status, String detail) {
        write(em -> em.createNativeQuery("update skx_export_log set status = ?1, detail = ?2 where studio_id = ?3"
                + " and seq = ?4").setParameter(1, status.name()).setParameter(2, detail).setParameter(3, studio)
                .setParameter(4, sequence).executeUpdate());
    }

    private void write(Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
