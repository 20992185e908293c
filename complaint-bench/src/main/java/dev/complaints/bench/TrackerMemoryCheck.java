package dev.complaints.bench;

import dev.complaints.sla.timer.TimerStatus;
import dev.complaints.sla.tracker.SlaTracker;
import java.lang.ref.Reference;
import java.util.List;

/**
 * The heap a tracker holds per open timer: the live heap after a full collection with {@code n} open complaints
 * ({@link TrackerData}, one open node timer each, next changes indexed) less the live heap before, divided by
 * the open timers.
 *
 * <pre>java -Xmx4g -cp benchmarks.jar dev.complaints.bench.TrackerMemoryCheck 1000000</pre>
 */
public final class TrackerMemoryCheck {

  private TrackerMemoryCheck() {}

  /**
   * Runs the check.
   *
   * @param args the number of complaints (default 1,000,000)
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    long before = HeapUse.liveAfter(3);
    long start = System.nanoTime();
    SlaTracker tracker = TrackerData.tracker(n);
    long built = System.nanoTime();
    tracker.nextChangeAt(TrackerData.NOW);
    long indexed = System.nanoTime();
    long after = HeapUse.liveAfter(3);
    List<TimerStatus> statuses = tracker.statusAt(TrackerData.NOW);
    long open = statuses.stream().filter(s -> s.state().isOpen()).count();
    statuses = null;
    long afterStatus = HeapUse.liveAfter(3);
    System.out.printf("complaints: %,d; open timers: %,d%n", n, open);
    System.out.printf("built in %.1f s; first nextChangeAt (indexes every complaint) in %.1f s%n",
        (built - start) / 1e9, (indexed - built) / 1e9);
    System.out.printf("live heap: %,d MiB before, %,d MiB with the tracker; %,d bytes per open timer%n",
        before >> 20, after >> 20, (after - before) / Math.max(1, open));
    System.out.printf("after statusAt (snapshots are built when asked for, not kept): %,d bytes per open timer%n",
        (afterStatus - before) / Math.max(1, open));
    Reference.reachabilityFence(tracker);
  }
}
