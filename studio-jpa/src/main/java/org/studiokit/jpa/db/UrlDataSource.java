package org.studiokit.jpa.db;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A small DataSource over a JDBC URL that keeps up to a few idle connections for reuse, for the command line and
 * tests. A host application passes its own pooled DataSource (HikariCP, its container's) instead.
 */
public final class UrlDataSource implements DataSource, AutoCloseable {
    private final String url;
    private static final long CHECK_AFTER_NANOS = 30_000_000_000L;
    private final BlockingQueue<Idle> idle = new ArrayBlockingQueue<>(8);
    private volatile boolean closed;

    /** @param url a JDBC URL with its credentials as URL parameters, e.g. {@code ?user=postgres} */
    public UrlDataSource(String url) {
        this.url = tuned(url);
    }

    /** H2: a lock wait long enough for one studio's commands to queue; a memory database kept while open. */
    static String tuned(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String u = url;
        if (!u.toUpperCase().contains("LOCK_TIMEOUT")) {
            u += ";LOCK_TIMEOUT=30000";
        }
        if (u.startsWith("jdbc:h2:mem:") && !u.toUpperCase().contains("DB_CLOSE_DELAY")) {
            u += ";DB_CLOSE_DELAY=-1";
        }
        return u;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Idle c;
        while ((c = idle.poll()) != null) {
            if (System.nanoTime() - c.since() < CHECK_AFTER_NANOS || c.connection().isValid(2)) {
                return wrap(c.connection());
            }
            c.connection().close();
        }
        return wrap(DriverManager.getConnection(url));
    }

    private Connection wrap(Connection real) {
        AtomicBoolean released = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        if (released.compareAndSet(false, true)) {
                            release(real);
                        }
                        return null;
                    }
                    if (method.getName().equals("isClosed") && method.getParameterCount() == 0 && released.get()) {
                        return true;
                    }
                    if (released.get()) {
                        throw new SQLException("connection closed");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void release(Connection real) throws SQLException {
        if (closed || real.isClosed()) {
            real.close();
            return;
        }
        if (!real.getAutoCommit()) {
            real.rollback();
            real.setAutoCommit(true);
        }
        if (!idle.offer(new Idle(real, System.nanoTime()))) {
            real.close();
        }
    }

    /** Closes the idle connections. */
    @Override
    public void close() {
        closed = true;
        Idle c;
        while ((c = idle.poll()) != null) {
            try {
                c.connection().close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }

    /** An idle connection and since when (one idle for long is checked before reuse). */
    private record Idle(Connection connection, long since) {
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("credentials go in the URL");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no log
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
