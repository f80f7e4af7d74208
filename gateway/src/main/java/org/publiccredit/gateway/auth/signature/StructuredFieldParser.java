package org.publiccredit.gateway.auth.signature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.publiccredit.gateway.auth.signature.StructuredFields.Entry;
import org.publiccredit.gateway.auth.signature.StructuredFields.InnerList;
import org.publiccredit.gateway.auth.signature.StructuredFields.Item;
import org.publiccredit.gateway.auth.signature.StructuredFields.Member;

/**
 * A strict parser for RFC 8941 dictionaries, lists and items (section 4.2). Strict because a
 * lenient reading of a signature header is how verifier and signer come to disagree about what
 * was signed: anything the grammar does not allow fails the whole field.
 */
final class StructuredFieldParser {

  private StructuredFieldParser() {}

  /** Parses a dictionary; duplicate keys keep the last value, as RFC 8941 says. */
  static Map<String, Entry> parseDictionary(String field) {
    FieldCursor in = new FieldCursor(field);
    in.skipSpaces();
    Map<String, Entry> members = new LinkedHashMap<>();
    while (!in.atEnd()) {
      String key = BareItems.key(in);
      int start = in.position();
      Member member;
      if (in.peek() == '=') {
        in.skip();
        start = in.position();
        member = itemOrInnerList(in);
      } else {
        member = new Item(Boolean.TRUE, parameters(in));
      }
      members.remove(key);
      members.put(key, new Entry(member, in.text(start)));
      if (!nextMember(in)) {
        break;
      }
    }
    in.expectEnd();
    return members;
  }

  static List<Member> parseList(String field) {
    FieldCursor in = new FieldCursor(field);
    in.skipSpaces();
    List<Member> members = new ArrayList<>();
    while (!in.atEnd()) {
      members.add(itemOrInnerList(in));
      if (!nextMember(in)) {
        break;
      }
    }
    in.expectEnd();
    return members;
  }

  static Item parseItem(String field) {
    FieldCursor in = new FieldCursor(field);
    in.skipSpaces();
    Item item = item(in);
    in.expectEnd();
    return item;
  }

  /** After a member: optional white space, then either the end or a comma and another member. */
  private static boolean nextMember(FieldCursor in) {
    in.skipOptionalWhitespace();
    if (in.atEnd()) {
      return false;
    }
    if (in.peek() != ',') {
      throw in.fail("expected ','");
    }
    in.skip();
    in.skipOptionalWhitespace();
    if (in.atEnd()) {
      throw in.fail("trailing ','");
    }
    return true;
  }

  private static Member itemOrInnerList(FieldCursor in) {
    return in.peek() == '(' ? innerList(in) : item(in);
  }

  private static InnerList innerList(FieldCursor in) {
    in.skip();
    List<Item> items = new ArrayList<>();
    while (true) {
      in.skipSpaces();
      if (in.atEnd()) {
        throw in.fail("unterminated inner list");
      }
      if (in.peek() == ')') {
        in.skip();
        return new InnerList(items, parameters(in));
      }
      items.add(item(in));
      if (in.peek() != ' ' && in.peek() != ')') {
        throw in.fail("expected ' ' or ')' in inner list");
      }
    }
  }

  private static Item item(FieldCursor in) {
    Object value = BareItems.bareItem(in);
    return new Item(value, parameters(in));
  }

  private static Map<String, Object> parameters(FieldCursor in) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    while (in.peek() == ';') {
      in.skip();
      in.skipSpaces();
      String key = BareItems.key(in);
      Object value = Boolean.TRUE;
      if (in.peek() == '=') {
        in.skip();
        value = BareItems.bareItem(in);
      }
      parameters.remove(key);
      parameters.put(key, value);
    }
    return parameters;
  }
}
