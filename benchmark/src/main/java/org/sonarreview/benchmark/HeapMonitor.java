package org.sonarreview.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap of one run, two ways: the highest heap occupancy sampled every 10 ms (depends on how lazily the
 * GC collects, so on -Xmx), and the highest heap occupancy left after a garbage collection (what the
 * analysis really retains).
 */
final class HeapMonitor implements AutoCloseable, NotificationListener {

  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakAfterGc = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  HeapMonitor() {
    System.gc();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener(this, null, null);
    }
    sampler = new Thread(() -> {
      var memory = ManagementFactory.getMemoryMXBean();
      while (running) {
        peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
      .mapToLong(MemoryUsage::getUsed).sum();
    // Non-heap pools (metaspace, code cache) are included in the map: keep heap pools only.
    long nonHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == java.lang.management.MemoryType.NON_HEAP)
      .map(p -> info.getGcInfo().getMemoryUsageAfterGc().get(p.getName()))
      .filter(java.util.Objects::nonNull)
      .mapToLong(MemoryUsage::getUsed).sum();
    peakAfterGc.accumulateAndGet(after - nonHeap, Math::max);
  }

  long peakUsedBytes() {
    return peakUsed.get();
  }

  long peakAfterGcBytes() {
    return peakAfterGc.get();
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      try {
        ((NotificationEmitter) gc).removeNotificationListener(this);
      } catch (Exception e) {
        // already removed
      }
    }
  }
}
