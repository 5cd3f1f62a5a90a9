package dev.readiness.spring.autoconfigure;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Work of the boot done on a daemon thread while Spring Boot goes on on the main thread; what it returned or threw is
 * read once it has ended. A plain thread, not a future: at this point of a cold start every class the main thread
 * loads (a future's, a lambda's) counts. Thread-safe.
 *
 * @param <T> what the work returns
 */
final class Background<T> extends Thread {

    private final Supplier<T> work;

    private volatile @Nullable T value;

    private volatile @Nullable Throwable failure;

    private Background(String name, Supplier<T> work) {
        super(name);
        this.work = work;
        setDaemon(true);
    }

    /**
     * Starts the work on a daemon thread.
     *
     * @param name the thread's name
     * @param work the work
     * @param <T> what the work returns
     * @return the running work
     */
    static <T> Background<T> start(String name, Supplier<T> work) {
        Background<T> background = new Background<>(name, work);
        background.start();
        return background;
    }

    @Override
    public void run() {
        try {
            value = work.get();
        }
        catch (Throwable ex) {
            failure = ex;
        }
    }

    /**
     * Waits for the work to end.
     *
     * @param millis how long to wait at most, more than zero
     * @return whether it ended
     * @throws InterruptedException when the waiting thread is interrupted
     */
    boolean await(long millis) throws InterruptedException {
        join(millis);
        return !isAlive();
    }

    /** What the work returned, or {@code null} while it runs or when it threw. */
    @Nullable T value() {
        return value;
    }

    /** What the work threw, or {@code null}. */
    @Nullable Throwable failure() {
        return failure;
    }
}
