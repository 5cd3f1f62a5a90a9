package dev.readiness.internal;

/**
 * The thread group of the threads that run gates, and by default of every thread such a gate starts (a thread takes
 * its creator's group): how readiness tells a gate's threads from the service's, to scrub what they print
 * ({@code GateOutput}) and to decide the JVM's status when one ends the JVM ({@link ExitGuard}).
 */
public final class GateThreadGroup extends ThreadGroup {

    /**
     * A group beneath the current thread's.
     *
     * @param name the group's name
     */
    public GateThreadGroup(String name) {
        super(name);
    }

    /**
     * Whether a thread belongs to such a group, or to a group beneath one.
     *
     * @param thread the thread
     * @return {@code true} when it runs gates or was started by a thread that does
     */
    public static boolean runsGates(Thread thread) {
        for (ThreadGroup group = thread.getThreadGroup(); group != null; group = group.getParent()) {
            if (group instanceof GateThreadGroup) {
                return true;
            }
        }
        return false;
    }
}
