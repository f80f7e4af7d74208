package org.publiccredit.graphql;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.publiccredit.localstack.RepositoryLayout;

/** The committed generator sample (src/test/resources/ingest/sample), read as rows keyed by column. */
public final class Samples {

  /** The demo department's code: 示范市市场监督管理局. */
  public static final String MARKET_SUPERVISION = "113709820042116306";
  public static final String TAX_BUREAU = "11370900004421558F";
  /** Listed in departments.json, but not for penalties. */
  public static final String PEOPLES_COURT = "11370982004422024K";

  private Samples() {}

  public static Path file(String name) {
    return RepositoryLayout.root().resolve("graphql-service/src/test/resources/ingest/sample").resolve(name);
  }

  public static List<Map<String, String>> csv(String name) {
    try (Reader reader = Files.newBufferedReader(file(name), StandardCharsets.UTF_8)) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        rows.add(new LinkedHashMap<>(record.toMap()));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<String> header(String name) {
    try {
      return List.of(Files.readAllLines(file(name), StandardCharsets.UTF_8).getFirst().split(","));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sample penalties of legal persons reported by the market supervision administration. */
  public static List<Map<String, String>> marketSupervisionPenalties() {
    return csv("administrative-penalty.csv").stream()
        .filter(r -> r.get("SJLYDM").equals(MARKET_SUPERVISION) && r.get("XDR_LB").equals("法人及非法人组织"))
        .toList();
  }
}
