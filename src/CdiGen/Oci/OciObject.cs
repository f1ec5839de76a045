using System.Numerics;
using System.Text.Json;

namespace CdiGen.Oci;

/// <summary>
/// Base of every modeled OCI object. An object read from JSON remembers the order of its
/// members and keeps the members CdiGen does not model as raw JSON, so writing it back
/// reproduces the document; members that edits add are placed where the runtime-spec
/// declares them.
/// </summary>
public abstract class OciObject
{
    private protected OciObject()
    {
    }

    /// <summary>Whether the object was read with members that CdiGen does not model.</summary>
    public bool HasUnknownMembers => Layout?.HasUnknownMembers ?? false;

    /// <summary>Null for objects built in code (and for replaced ones): canonical order.</summary>
    internal MemberLayout? Layout { get; set; }

    internal abstract OciFieldSet Fields { get; }

    internal abstract bool IsPresent(int field);

    /// <summary>Writes the value of a present field; the name is already written.</summary>
    internal abstract void WriteField(Utf8JsonWriter writer, int field);

    /// <summary>Reads the value under the reader into a field.</summary>
    internal abstract void ReadField(ref OciJsonReader reader, int field);

    /// <summary>
    /// Forgets how the object was read, dropping unknown members. Edits that replace an
    /// entry use it, as the reference builds a fresh entry that never had them.
    /// </summary>
    internal void ForgetReadLayout() => Layout = null;

    internal static T ReadNew<T>(ref OciJsonReader reader, string what)
        where T : OciObject, new()
    {
        var value = new T();
        value.ReadMembers(ref reader, what);
        return value;
    }

    internal void ReadMembers(ref OciJsonReader reader, string what)
    {
        reader.ExpectStartObject(what);
        // Most objects arrive with their modeled members in declaration order and nothing
        // else, which is exactly how an object without a layout is written: the layout is
        // only built once a member breaks that (an unknown one, a repeat, a null, an order).
        MemberLayout? layout = null;
        ulong inOrder = 0;
        int last = -1;
        var fields = Fields;
        while (reader.ReadNextMember())
        {
            int field = reader.MatchField(fields);
            if (field >= 0)
            {
                reader.Read();
                ReadField(ref reader, field);
                if (layout is null && field > last && IsPresent(field))
                {
                    inOrder |= 1UL << field;
                    last = field;
                    continue;
                }

                layout ??= LayoutOf(inOrder);
                layout.AddField(field);
            }
            else
            {
                layout ??= LayoutOf(inOrder);
                byte[] member = reader.CaptureUnknownMember(out int nameLength);
                layout.AddUnknown(member, nameLength);
            }
        }

        Layout = layout;
    }

    private static MemberLayout LayoutOf(ulong fieldsInOrder)
    {
        var layout = new MemberLayout();
        while (fieldsInOrder != 0)
        {
            layout.AddField(BitOperations.TrailingZeroCount(fieldsInOrder));
            fieldsInOrder &= fieldsInOrder - 1;
        }

        return layout;
    }

    /// <summary>Writes the whole object from a cached encoding when it has a valid one.</summary>
    /// <returns>Whether it did; the object is written member by member otherwise.</returns>
    internal virtual bool TryWriteCached(Utf8JsonWriter writer) => false;

    internal void WriteObject(Utf8JsonWriter writer)
    {
        if (TryWriteCached(writer))
        {
            return;
        }

        writer.WriteStartObject();
        var layout = Layout;
        int count = Fields.Count;
        if (layout is null || layout.SlottedFields == 0)
        {
            if (layout is not null)
            {
                WriteUnknownMembers(writer, layout);
            }

            WriteNewFields(writer, 0, count, 0);
        }
        else
        {
            ulong slotted = layout.SlottedFields;
            int first = BitOperations.TrailingZeroCount(slotted);
            foreach (var slot in layout.Slots)
            {
                if (slot.Field < 0)
                {
                    writer.WritePropertyName(slot.Name);
                    RawJsonWriter.WriteMemberValue(writer, slot.Value);
                    continue;
                }

                int field = slot.Field;
                if (field == first)
                {
                    WriteNewFields(writer, 0, field, slotted);
                }

                writer.WritePropertyName(Fields.Encoded[field]);
                if (IsPresent(field))
                {
                    WriteField(writer, field);
                }
                else
                {
                    // The member was read as null and nothing set it since.
                    writer.WriteNullValue();
                }

                // Fields added by edits go right after the nearest modeled field that
                // precedes them in declaration order.
                ulong above = field == 63 ? 0 : slotted & (ulong.MaxValue << (field + 1));
                int next = above == 0 ? count : BitOperations.TrailingZeroCount(above);
                WriteNewFields(writer, field + 1, next, slotted);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteUnknownMembers(Utf8JsonWriter writer, MemberLayout layout)
    {
        foreach (var slot in layout.Slots)
        {
            writer.WritePropertyName(slot.Name);
            RawJsonWriter.WriteMemberValue(writer, slot.Value);
        }
    }

    private void WriteNewFields(Utf8JsonWriter writer, int from, int to, ulong slotted)
    {
        for (int field = from; field < to; field++)
        {
            if ((slotted & (1UL << field)) == 0 && IsPresent(field))
            {
                writer.WritePropertyName(Fields.Encoded[field]);
                WriteField(writer, field);
            }
        }
    }
}
