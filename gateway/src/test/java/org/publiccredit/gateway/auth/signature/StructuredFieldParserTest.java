package org.publiccredit.gateway.auth.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.publiccredit.gateway.auth.signature.StructuredFields.ByteSequence;
import org.publiccredit.gateway.auth.signature.StructuredFields.Entry;
import org.publiccredit.gateway.auth.signature.StructuredFields.InnerList;
import org.publiccredit.gateway.auth.signature.StructuredFields.Item;
import org.publiccredit.gateway.auth.signature.StructuredFields.Member;
import org.publiccredit.gateway.auth.signature.StructuredFields.StructuredFieldException;
import org.publiccredit.gateway.auth.signature.StructuredFields.Token;

class StructuredFieldParserTest {

  @Test
  void parsesASignatureInputMemberAndKeepsItsRawText() {
    String value = "(\"@method\" \"@target-uri\" \"content-digest\");created=1732560000"
        + ";keyid=\"demo-bank\";alg=\"ed25519\";nonce=\"n-1\"";
    Map<String, Entry> dictionary = StructuredFieldParser.parseDictionary("sig1=" + value);

    Entry entry = dictionary.get("sig1");
    assertThat(entry.raw()).isEqualTo(value);
    InnerList list = (InnerList) entry.member();
    assertThat(list.items()).extracting(Item::value)
        .containsExactly("@method", "@target-uri", "content-digest");
    assertThat(list.parameters()).containsEntry("created", 1732560000L)
        .containsEntry("keyid", "demo-bank").containsEntry("alg", "ed25519")
        .containsEntry("nonce", "n-1");
  }

  @Test
  void rawTextOfALaterMemberExcludesTheSeparator() {
    Map<String, Entry> dictionary =
        StructuredFieldParser.parseDictionary("a=1, sig1=(\"@method\");created=5 ,b=?0");
    assertThat(dictionary.get("sig1").raw()).isEqualTo("(\"@method\");created=5");
    assertThat(dictionary.keySet()).containsExactly("a", "sig1", "b");
  }

  @Test
  void parsesByteSequencesWithAndWithoutPadding() {
    Map<String, Entry> dictionary =
        StructuredFieldParser.parseDictionary("sha-256=:aGVsbG8=:, other=:aGVsbG8:");
    assertThat(bytes(dictionary.get("sha-256").member())).isEqualTo("hello".getBytes(
        StandardCharsets.US_ASCII));
    assertThat(bytes(dictionary.get("other").member())).isEqualTo("hello".getBytes(
        StandardCharsets.US_ASCII));
  }

  @Test
  void parsesEveryBareItemType() {
    List<Member> list = StructuredFieldParser.parseList(
        "-42, 3.14, \"say \\\"hi\\\" \\\\\", foo/bar:baz, *tok, :AQI=:, ?1, ?0");
    assertThat(list).extracting(m -> ((Item) m).value()).containsExactly(
        -42L, new BigDecimal("3.14"), "say \"hi\" \\", new Token("foo/bar:baz"),
        new Token("*tok"), new ByteSequence(new byte[] {1, 2}), true, false);
  }

  @Test
  void aKeyWithoutValueIsTrueAndKeepsItsParameters() {
    Map<String, Entry> dictionary = StructuredFieldParser.parseDictionary("flag;p=1");
    Item item = (Item) dictionary.get("flag").member();
    assertThat(item.value()).isEqualTo(true);
    assertThat(item.parameters()).containsEntry("p", 1L);
  }

  @Test
  void duplicateKeysKeepTheLastValue() {
    Map<String, Entry> dictionary = StructuredFieldParser.parseDictionary("a=1, b=2, a=3");
    assertThat(((Item) dictionary.get("a").member()).value()).isEqualTo(3L);
  }

  @Test
  void toleratesSpacesWhereTheGrammarAllowsThem() {
    Map<String, Entry> dictionary =
        StructuredFieldParser.parseDictionary("  sig1=(  \"a\"   \"b\" );  x=1 ,\tother=2  ");
    InnerList list = (InnerList) dictionary.get("sig1").member();
    assertThat(list.items()).extracting(Item::value).containsExactly("a", "b");
    assertThat(list.parameters()).containsEntry("x", 1L);
  }

  @Test
  void parsesEmptyInnerListsAndEmptyFields() {
    assertThat(StructuredFieldParser.parseDictionary("")).isEmpty();
    List<Member> list = StructuredFieldParser.parseList("()");
    assertThat(((InnerList) list.get(0)).items()).isEmpty();
  }

  @Test
  void parsesTheLargestNumbersAllowed() {
    assertThat(StructuredFieldParser.parseItem("999999999999999").value())
        .isEqualTo(999_999_999_999_999L);
    assertThat(StructuredFieldParser.parseItem("-999999999999.999").value())
        .isEqualTo(new BigDecimal("-999999999999.999"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "a=1,", "a=1,,b=2", "a=1 b=2", "A=1", "1a=1", "a=(\"x\"", "a=(\"x\"\"y\")",
      "a=(\"x\"\t\"y\")", "a=\"unterminated", "a=\"bad\\escape\"", "a=\"non-ascii-é\"",
      "a=:not base64!:", "a=:abc", "a=?2", "a=1234567890123456", "a=1234567890123.1",
      "a=1.2345", "a=1.", "a=-", "a=1..2", "a=@x", "a=1;B=2", "a=1 ;b", "\ta=1"})
  void rejectsWhatTheGrammarDoesNotAllow(String field) {
    assertThatThrownBy(() -> StructuredFieldParser.parseDictionary(field))
        .isInstanceOf(StructuredFieldException.class);
  }

  @Test
  void allowsTrailingWhitespaceAfterTheLastMember() {
    assertThat(StructuredFieldParser.parseDictionary("a=1\t")).containsKey("a");
  }

  @Test
  void rejectsTrailingGarbageAfterAnItem() {
    assertThatThrownBy(() -> StructuredFieldParser.parseItem("1 2"))
        .isInstanceOf(StructuredFieldException.class)
        .hasMessageContaining("position");
  }

  private static byte[] bytes(Member member) {
    return ((ByteSequence) ((Item) member).value()).bytes();
  }
}
