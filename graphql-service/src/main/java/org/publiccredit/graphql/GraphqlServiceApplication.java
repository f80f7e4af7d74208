package org.publiccredit.graphql;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the GraphQL service. */
@SpringBootApplication
public class GraphqlServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(GraphqlServiceApplication.class, args);
  }
}
