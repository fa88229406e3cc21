package org.studiokit.jpa.row;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.sql.Connection;
import java.sql.SQLException;
import org.studiokit.core.party.Client;

/** A client (PTY-1). */
@Entity
@Table(name = "sk_client")
@IdClass(RowKey.class)
public class ClientRow {
    @Id
    String studioId;
    @Id
    long id;
    long recordNo;
    String name;
    String email;
    String phone;
    boolean quickSale;

    /** For the persistence provider. */
    protected ClientRow() {
    }

    /** Maps clients. */
    public static final class Mapper implements RowMapper<Client, ClientRow> {
        @Override
        public Class<ClientRow> rowClass() {
            return ClientRow.class;
        }

        @Override
        public ClientRow newRow(String studioId, Client c) {
            ClientRow r = new ClientRow();
            r.studioId = studioId;
            r.id = c.id();
            update(r, c);
            return r;
        }

        @Override
        public boolean plain() {
            return true;
        }

        @Override
        public void insert(Connection c, ClientRow row) throws SQLException {
            NewRows.insert(c, row);
        }

        @Override
        public ClientRow find(Connection c, String studioId, long id) throws SQLException {
            return RowReads.client(c, studioId, id);
        }

        @Override
        public void update(ClientRow r, Client c) {
            r.recordNo = c.number();
            r.name = c.name();
            r.email = c.email();
            r.phone = c.phone();
            r.quickSale = c.quickSale();
        }

        @Override
        public Client toRecord(ClientRow r) {
            return new Client(r.id, r.recordNo, r.name, r.email, r.phone, r.quickSale);
        }

        @Override
        public String indexProperty(String index) {
            throw RowMapper.noIndex(index);
        }
    }
}
