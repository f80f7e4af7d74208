package org.publiccredit.graphql.search;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientOptions;
import co.elastic.clients.transport.rest5_client.SafeResponseConsumer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Elasticsearch client maps documents with Boot's JsonMapper, so dates and unknown fields are
 * handled the same way as everywhere else in the service (Boot's default builds its own mapper),
 * plus a faster reader of stored dates ({@link IsoLocalDates}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

  @Bean
  JsonpMapper jsonpMapper(JsonMapper jsonMapper) {
    return new Jackson3JsonpMapper(jsonMapper.rebuild().addModule(IsoLocalDates.module()).build());
  }

  /**
   * The client's own default request options (the ones it uses without this bean, with the headers
   * it adds itself: user agent, client meta, Accept), except that answers are buffered by
   * {@link ResponseBodies}.
   */
  @Bean
  Rest5ClientOptions elasticsearchRequestOptions() {
    return new Rest5ClientOptions(SafeResponseConsumer.DEFAULT_REQUEST_OPTIONS.toBuilder()
        .setHttpAsyncResponseConsumerFactory(new ResponseBodies(ResponseBodies.DEFAULT_LIMIT)).build(), false);
  }
}
