package org.chorus.infra.bench;

import java.util.concurrent.locks.LockSupport;

/** The clock the open loop keeps its schedule by; a test hands in one it moves itself. */
interface Ticker {

  Ticker SYSTEM = new Ticker() {
    @Override
    public long nanos() {
      return System.nanoTime();
    }

    @Override
    public void sleepUntil(long nanos) throws InterruptedException {
      long left;
      while ((left = nanos - System.nanoTime()) > 0) {
        LockSupport.parkNanos(left);
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
      }
    }
  };

  long nanos();

  void sleepUntil(long nanos) throws InterruptedException;
}
