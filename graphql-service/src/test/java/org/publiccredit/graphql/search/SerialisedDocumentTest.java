package org.publiccredit.graphql.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class SerialisedDocumentTest {

  private final JsonMapper jsonMapper = JsonMapper.builder().build();

  private ObjectNode record() {
    ObjectNode doc = jsonMapper.createObjectNode();
    doc.put("recordId", "r1");
    doc.put("title", "2020年3月起1个月电费欠缴，\"引号\"\n换行");
    doc.putNull("validUntil");
    doc.putObject("empty");
    ObjectNode attributes = doc.putObject("attributes");
    attributes.put("amount", new BigDecimal("12591.86"));
    attributes.put("count", 3);
    attributes.putObject("idNumber").put("hash", "h1").put("masked", "3709**********794X");
    attributes.put("subjectName", "刘敏云");
    attributes.putObject("legalRepresentativeIdNumber").put("hash", "h2").put("masked", "3709**********2011");
    return doc;
  }

  @Test
  void theBytesAreWhatTheMapperWritesSoTheContentHashIsUnchanged() {
    ObjectNode doc = record();

    assertThat(SerialisedDocument.of(jsonMapper, doc).bytes()).isEqualTo(jsonMapper.writeValueAsBytes(doc));
  }

  @Test
  void completingSplicesTheAddedMembersWhereSealingTheTreeWouldPutThem() {
    ObjectNode doc = record();
    Sealing completion = d -> {
      ((ObjectNode) d.get("attributes").get("idNumber")).put("cipher", "c1");
      ((ObjectNode) d.get("attributes").get("legalRepresentativeIdNumber")).put("cipher", "c2");
      ((ObjectNode) d.get("empty")).put("first", 1);
      d.put("idNumberCiphertext", "c0");
      d.put("version", 2);
      d.putObject("publicityState").put("withdrawnOn", "2024-01-01");
    };
    ObjectNode expected = doc.deepCopy();
    completion.seal(expected);

    byte[] completed = SerialisedDocument.of(jsonMapper, doc).completed(completion);

    assertThat(completed).isEqualTo(jsonMapper.writeValueAsBytes(expected));
    assertThat(doc).as("the content itself is left as it was").isEqualTo(record());
  }

  @Test
  void aMemberThatWouldReplaceOneOfTheContentIsWrittenByCompletingTheTree() {
    ObjectNode doc = record();

    byte[] completed = SerialisedDocument.of(jsonMapper, doc).completed(d -> d.put("recordId", "r2"));

    JsonNode written = jsonMapper.readTree(completed);
    assertThat(written.get("recordId").asString()).isEqualTo("r2");
    assertThat(written.size()).isEqualTo(doc.size());
  }
}
