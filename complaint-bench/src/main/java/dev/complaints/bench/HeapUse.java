package dev.complaints.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Heap readings of the memory checks, in bytes. */
final class HeapUse {
  private HeapUse() {}

  /**
   * The most the heap has held so far: the sum of the heap pools' peaks (an upper bound, since the pools peak at
   * different moments).
   *
   * @return bytes
   */
  static long peak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /**
   * The heap in use after asking for full collections.
   *
   * @param collections how many collections to ask for first
   * @return bytes
   */
  static long liveAfter(int collections) {
    for (int i = 0; i < collections; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
