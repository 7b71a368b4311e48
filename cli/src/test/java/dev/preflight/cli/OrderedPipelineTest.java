package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {

  @Test
  void resultsComeBackInSubmissionOrderWithAtMostTwoTasksPerWorkerInFlight() throws Exception {
    List<Integer> results = new ArrayList<>();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostStarted = new AtomicInteger();
    Random random = new Random(7);
    try (OrderedPipeline<Integer> pipeline = new OrderedPipeline<>(3, results::add)) {
      for (int i = 0; i < 200; i++) {
        int n = i;
        int sleep = random.nextInt(3);
        pipeline.submit(() -> {
          mostStarted.accumulateAndGet(running.incrementAndGet(), Math::max);
          Thread.sleep(sleep);
          running.decrementAndGet();
          return n;
        });
        assertThat(results.size()).isGreaterThanOrEqualTo(i + 1 - 2 * 3);
      }
      pipeline.finish();
    }

    assertThat(results).hasSize(200).isSortedAccordingTo(Integer::compare);
    assertThat(mostStarted.get()).isLessThanOrEqualTo(3);
  }

  @Test
  void oneWorkerRunsEachTaskAtOnceOnTheSubmittingThread() throws Exception {
    List<String> threads = new ArrayList<>();
    try (OrderedPipeline<String> pipeline = new OrderedPipeline<>(1, threads::add)) {
      pipeline.submit(() -> Thread.currentThread().getName());
      assertThat(threads).containsExactly(Thread.currentThread().getName());
    }
  }

  @Test
  void aFailingTaskFailsTheRunWithItsOwnException() {
    try (OrderedPipeline<Integer> pipeline = new OrderedPipeline<>(2, result -> {})) {
      assertThatThrownBy(() -> {
        pipeline.submit(() -> {
          throw new IllegalStateException("boom");
        });
        pipeline.finish();
      }).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    }
  }
}
