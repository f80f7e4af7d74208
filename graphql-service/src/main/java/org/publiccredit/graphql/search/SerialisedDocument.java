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
import tools.jackson.databind.node.StringNode;

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
  /** The objects below the root, parents before children: what a completion may navigate to. */
  private final List<ObjectPath> objects;

  private SerialisedDocument(JsonMapper jsonMapper, ObjectNode document, byte[] bytes, Map<String, Integer> ends,
      List<ObjectPath> objects) {
    this.jsonMapper = jsonMapper;
    this.document = document;
    this.bytes = bytes;
    this.objectEnds = ends;
    this.objects = objects;
  }

  /** An object member: its parent's path, its key and its own path. */
  private record ObjectPath(String parent, String key, String path) {}

  static SerialisedDocument of(JsonMapper jsonMapper, ObjectNode document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
    Map<String, Integer> ends = new HashMap<>();
    List<ObjectPath> objects = new ArrayList<>(4);
    try (JsonGenerator generator = jsonMapper.createGenerator(out)) {
      write(generator, out, document, "", ends, objects);
    }
    return new SerialisedDocument(jsonMapper, document, out.toByteArray(), ends, objects);
  }

  private static void write(JsonGenerator generator, ByteArrayOutputStream out, ObjectNode node, String path,
      Map<String, Integer> ends, List<ObjectPath> objects) {
    generator.writeStartObject();
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      generator.writeName(member.getKey());
      JsonNode value = member.getValue();
      if (value instanceof ObjectNode child) {
        String childPath = path.isEmpty() ? member.getKey() : path + "/" + member.getKey();
        objects.add(new ObjectPath(path, member.getKey(), childPath));
        write(generator, out, child, childPath, ends, objects);
      } else if (value instanceof StringNode text) {
        // What StringNode.serialize does, without going through the serialisation context per value:
        // nearly every member is a string.
        generator.writeString(text.stringValue());
      } else {
        generator.writeTree(value);
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
    ObjectNode additions = skeleton();
    completion.seal(additions);
    List<Insertion> insertions = new ArrayList<>(4);
    ByteArrayOutputStream members = new ByteArrayOutputStream(512);
    boolean spliced;
    try (JsonGenerator generator = jsonMapper.createGenerator(members)) {
      spliced = collect(additions, document, "", insertions, generator, members);
    }
    if (!spliced) {
      ObjectNode full = document.deepCopy();
      completion.seal(full);
      return jsonMapper.writeValueAsBytes(full);
    }
    insertions.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 512);
    int from = 0;
    byte[] added = members.toByteArray();
    for (Insertion insertion : insertions) {
      out.write(bytes, from, insertion.offset() - from);
      if (!insertion.emptyObject()) {
        out.write(',');
      }
      out.write(added, insertion.from(), insertion.to() - insertion.from());
      from = insertion.offset();
    }
    out.write(bytes, from, bytes.length - from);
    return out.toByteArray();
  }

  /** Members to insert before the closing brace at {@code offset}: bytes {@code from} to {@code to} of the additions. */
  private record Insertion(int offset, boolean emptyObject, int from, int to) {}

  /** An empty copy of the document's objects, built from the paths noted while serialising. */
  private ObjectNode skeleton() {
    ObjectNode root = document.objectNode();
    if (objects.isEmpty()) {
      return root;
    }
    Map<String, ObjectNode> copies = new HashMap<>();
    copies.put("", root);
    for (ObjectPath object : objects) {
      copies.put(object.path(), copies.get(object.parent()).putObject(object.key()));
    }
    return root;
  }

  /** The members added to each object of {@code additions}, as bytes to insert; false if they cannot be spliced. */
  private boolean collect(ObjectNode additions, ObjectNode original, String path, List<Insertion> insertions,
      JsonGenerator generator, ByteArrayOutputStream members) {
    List<Map.Entry<String, JsonNode>> added = new ArrayList<>(additions.size());
    for (Map.Entry<String, JsonNode> member : additions.properties()) {
      JsonNode existing = original.get(member.getKey());
      if (existing instanceof ObjectNode originalChild && member.getValue() instanceof ObjectNode child) {
        if (!collect(child, originalChild, path.isEmpty() ? member.getKey() : path + "/" + member.getKey(),
            insertions, generator, members)) {
          return false;
        }
      } else if (existing != null) {
        return false;
      } else {
        added.add(member);
      }
    }
    if (added.isEmpty()) {
      return true;
    }
    Integer end = objectEnds.get(path);
    if (end == null) {
      return false;
    }
    // One generator for every object's additions, written as {"a":1,"b":2} one after the other;
    // an insertion is what lies between the braces (a comma goes before it unless the object was
    // empty: then its end follows its '{').
    generator.writeStartObject();
    generator.flush();
    int from = members.size();
    for (Map.Entry<String, JsonNode> member : added) {
      generator.writeName(member.getKey());
      generator.writeTree(member.getValue());
    }
    generator.flush();
    int to = members.size();
    generator.writeEndObject();
    insertions.add(new Insertion(end, bytes[end - 1] == '{', from, to));
    return true;
  }
}
