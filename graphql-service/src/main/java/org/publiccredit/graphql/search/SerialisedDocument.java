package org.publiccredit.graphql.search;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A document serialised once: the bytes its content hash is taken from, and where each of its
 * objects ends, so that what is added when it is written (ciphertexts, version, times, hash) is
 * spliced into those bytes instead of serialising the whole document a second time. Serialising
 * Chinese text to UTF-8 was the largest single cost of the importer (JFR: two serialisations per
 * row, a quarter of its CPU).
 *
 * <p>The bytes are exactly what {@code jsonMapper.writeValueAsBytes(document)} gives (the same
 * generator, members in the same order), so the content hash is unchanged by this class.
 */
final class SerialisedDocument {

  private final JsonMapper jsonMapper;
  private final ObjectNode document;
  private final byte[] bytes;
  /** Path of each object (keys joined by '/', "" for the root) to the offset of its closing brace. */
  private final Map<String, Integer> objectEnds;

  private SerialisedDocument(JsonMapper jsonMapper, ObjectNode document, byte[] bytes, Map<String, Integer> ends) {
    this.jsonMapper = jsonMapper;
    this.document = document;
    this.bytes = bytes;
    this.objectEnds = ends;
  }

  static SerialisedDocument of(JsonMapper jsonMapper, ObjectNode document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
    Map<String, Integer> ends = new HashMap<>();
    try (JsonGenerator generator = jsonMapper.createGenerator(out)) {
      write(generator, out, document, "", ends);
    }
    return new SerialisedDocument(jsonMapper, document, out.toByteArray(), ends);
  }

  private static void write(JsonGenerator generator, ByteArrayOutputStream out, ObjectNode node, String path,
      Map<String, Integer> ends) {
    generator.writeStartObject();
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      generator.writeName(member.getKey());
      if (member.getValue() instanceof ObjectNode child) {
        write(generator, out, child, path.isEmpty() ? member.getKey() : path + "/" + member.getKey(), ends);
      } else {
        generator.writeTree(member.getValue());
      }
    }
    generator.flush();
    ends.put(path, out.size());
    generator.writeEndObject();
  }

  /** The serialised content, as hashed. */
  byte[] bytes() {
    return bytes;
  }

  /**
   * The document with what {@code completion} adds to it: {@code completion} is applied to an
   * empty copy of the document's objects (no values), and every member it puts there is spliced
   * in at the end of the same object. Falls back to completing and serialising the document itself
   * when a member would replace one the document has, or would be put into an object it lacks.
   */
  byte[] completed(Sealing completion) {
    ObjectNode additions = skeleton(document);
    completion.seal(additions);
    List<Insertion> insertions = new ArrayList<>();
    if (!collect(additions, document, "", insertions)) {
      ObjectNode full = document.deepCopy();
      completion.seal(full);
      return jsonMapper.writeValueAsBytes(full);
    }
    insertions.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 512);
    int from = 0;
    for (Insertion insertion : insertions) {
      out.write(bytes, from, insertion.offset() - from);
      out.writeBytes(insertion.members());
      from = insertion.offset();
    }
    out.write(bytes, from, bytes.length - from);
    return out.toByteArray();
  }

  private record Insertion(int offset, byte[] members) {}

  private static ObjectNode skeleton(ObjectNode node) {
    ObjectNode copy = node.objectNode();
    node.forEachEntry((key, value) -> {
      if (value instanceof ObjectNode child) {
        copy.set(key, skeleton(child));
      }
    });
    return copy;
  }

  /** The members added to each object of {@code additions}, as bytes to insert; false if they cannot be spliced. */
  private boolean collect(ObjectNode additions, ObjectNode original, String path, List<Insertion> insertions) {
    ObjectNode added = additions.objectNode();
    for (Map.Entry<String, JsonNode> member : additions.properties()) {
      JsonNode existing = original.get(member.getKey());
      if (existing instanceof ObjectNode originalChild && member.getValue() instanceof ObjectNode child) {
        if (!collect(child, originalChild, path.isEmpty() ? member.getKey() : path + "/" + member.getKey(),
            insertions)) {
          return false;
        }
      } else if (existing != null) {
        return false;
      } else {
        added.set(member.getKey(), member.getValue());
      }
    }
    if (added.isEmpty()) {
      return true;
    }
    Integer end = objectEnds.get(path);
    if (end == null) {
      return false;
    }
    byte[] object = jsonMapper.writeValueAsBytes(added);
    // {"a":1,"b":2} -> ,"a":1,"b":2 (no comma when the object was empty: its end follows its '{')
    boolean empty = bytes[end - 1] == '{';
    byte[] members = new byte[object.length - 2 + (empty ? 0 : 1)];
    if (!empty) {
      members[0] = ',';
    }
    System.arraycopy(object, 1, members, empty ? 0 : 1, object.length - 2);
    insertions.add(new Insertion(end, members));
    return true;
  }
}
