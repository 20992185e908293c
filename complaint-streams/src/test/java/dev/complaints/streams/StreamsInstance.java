package dev.complaints.streams;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * One application instance of the {@link ShortClock} topology, as a host would run it; a test starts it in a
 * separate JVM so that it can be killed without a chance to commit or leave the group.
 *
 * <p>Arguments: bootstrap servers, application id, topic suffix, state directory.
 */
final class StreamsInstance {
  private StreamsInstance() {}

  static KafkaStreams create(String bootstrap, String applicationId, String suffix, Path stateDir) {
    Properties p = ComplaintTopology.properties(applicationId, bootstrap);
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
    // a killed instance is noticed within seconds, and its open transaction aborted soon after
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6000);
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1000);
    p.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 5000);
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    return new KafkaStreams(ComplaintTopology.build(ShortClock.config(suffix)), p);
  }

  public static void main(String[] args) throws InterruptedException {
    KafkaStreams streams = create(args[0], args[1], args[2], Path.of(args[3]));
    CountDownLatch running = new CountDownLatch(1);
    streams.setStateListener((now, before) -> {
      if (now == KafkaStreams.State.RUNNING) {
        System.out.println("RUNNING");
        System.out.flush();
      }
    });
    streams.start();
    running.await(); // until the process is killed
    streams.close(Duration.ofSeconds(5));
  }
}
