package dev.complaints.examples.crm.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

/**
 * The CRM integration example as a web service:
 *
 * <pre>
 * java -jar complaint-examples/target/complaint-crm.jar --server.port=8080 --complaints.security.tokens-file=tokens.json
 * </pre>
 *
 * <p>Besides the JSON API it serves pages for people (the SLA board at {@code /}, complaints, scorecards), signed in
 * with the same tokens; {@code --complaints.demo=true} loads the simulated demo month at start.
 *
 * <p>Events go to an H2 file database in {@code ./complaints-db} unless {@code --spring.datasource.url=...}
 * names another (PostgreSQL). Settings: {@code application.properties} beside this class's package root.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class CrmServer {

  /**
   * Starts the service.
   *
   * @param args Spring Boot arguments, such as {@code --server.port=8080}
   */
  public static void main(String[] args) {
    SpringApplication.run(CrmServer.class, args);
  }
}
