package org.publiccredit.graphql.disclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;

/**
 * The publicity rules as configured in config/publicity/publicity-rules.yml.
 *
 * @param zone the time zone of "today"
 * @param rules by {@link RuleId#key()}: each with its citation
 * @param objectionCitation where the objection flag comes from
 * @param penalties how a penalty's categories and fine make it warning-only, minor, general or severe
 */
public record PublicityRules(ZoneId zone, Map<String, Rule> rules, String objectionCitation, Penalties penalties) {

  static final String PREFIX = "platform.publicity";

  /**
   * @param citation the provision
   * @param period how long after the decision the record is public; null for no limit
   * @param published false for records never published
   */
  public record Rule(String citation, @Nullable Period period, @DefaultValue("true") boolean published) {}

  /**
   * @param warningCategories CFLB codes of a warning
   * @param minorCategories CFLB codes that are minor on their own
   * @param smallFineMax the largest fine (10,000 CNY) that is still small
   * @param severeCategories CFLB codes that make a penalty severe
   */
  public record Penalties(Set<String> warningCategories, Set<String> minorCategories, BigDecimal smallFineMax,
      Set<String> severeCategories) {}

  public PublicityRules {
    List<String> missing = new ArrayList<>();
    for (RuleId id : RuleId.values()) {
      Rule rule = rules.get(id.key());
      if (rule == null || rule.citation() == null || rule.citation().isBlank()) {
        missing.add(id.key());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Publicity rules without an entry and citation: " + missing);
    }
    rules = Map.copyOf(rules);
  }

  public Rule rule(RuleId id) {
    return rules.get(id.key());
  }

  /** Reads and checks the rules file; a file that does not bind stops start-up. */
  public static PublicityRules load(Resource location) {
    try {
      List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(location.getDescription(), location);
      Binder binder = new Binder(ConfigurationPropertySources.from(sources), null,
          ApplicationConversionService.getSharedInstance());
      return binder.bind(PREFIX, Bindable.of(PublicityRules.class))
          .orElseThrow(() -> new IllegalStateException("No " + PREFIX + " in " + location.getDescription()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read publicity rules " + location.getDescription(), e);
    }
  }
}
