using System.Buffers.Binary;

namespace Wirewatch.Learning.Perceptron;

/// <summary>Writes and reads <see cref="SparseWeights"/> inside a model file, features in key order.</summary>
public static class SparseWeightsFormat
{
    public static void Write(BinaryWriter writer, SparseWeights table)
    {
        writer.Write(table.Scale);
        var features = table.Features().OrderBy(f => f.Key).ToList();
        writer.Write(features.Count);
        foreach (var (key, weights) in features)
        {
            writer.Write(key);
            writer.Write((byte)weights.Length);
            foreach (var (cls, weight) in weights)
            {
                writer.Write(cls);
                writer.Write(weight);
            }
        }
    }

    /// <summary>
    /// Reads a table written by <see cref="Write"/>. From a reader over a <see cref="MemoryStream"/> whose buffer is
    /// visible (a whole decompressed model file), the bytes are parsed in place, several times faster than a value
    /// at a time through the reader; the stream is left just after the table either way.
    /// </summary>
    public static SparseWeights Read(BinaryReader reader, int classCount)
        => reader.BaseStream is MemoryStream memory && memory.TryGetBuffer(out var buffer)
            ? Read(memory, buffer, classCount)
            : ReadValues(reader, classCount);

    private static SparseWeights Read(MemoryStream memory, ArraySegment<byte> buffer, int classCount)
    {
        var start = (int)memory.Position;
        ReadOnlySpan<byte> data = buffer.AsSpan(0, (int)memory.Length)[start..];
        Need(data, 0, 8);
        var scale = BinaryPrimitives.ReadSingleLittleEndian(data);
        var count = BinaryPrimitives.ReadInt32LittleEndian(data[4..]);
        if (count < 0)
        {
            throw new InvalidDataException($"a weight table of {count} features");
        }

        var at = 8;
        var keys = new uint[count];
        var ends = new int[count];
        var entries = new (byte Class, short Weight)[count * 3];
        var used = 0;
        for (var i = 0; i < count; i++)
        {
            Need(data, at, 5);
            keys[i] = BinaryPrimitives.ReadUInt32LittleEndian(data[at..]);
            var length = data[at + 4];
            at += 5;
            if (used + length > entries.Length)
            {
                Array.Resize(ref entries, Math.Max(entries.Length * 2, used + length));
            }

            Need(data, at, 3 * length);
            for (var e = 0; e < length; e++, at += 3)
            {
                entries[used++] = (data[at], BinaryPrimitives.ReadInt16LittleEndian(data[(at + 1)..]));
            }

            ends[i] = used;
        }

        memory.Position = start + at;
        return SparseWeights.Create(classCount, scale, keys, ends, entries.AsSpan(0, used));
    }

    private static void Need(ReadOnlySpan<byte> data, int at, int bytes)
    {
        if (data.Length - at < bytes)
        {
            throw new EndOfStreamException("the weight table ends early");
        }
    }

    private static SparseWeights ReadValues(BinaryReader reader, int classCount)
    {
        var scale = reader.ReadSingle();
        var count = reader.ReadInt32();
        var keys = new uint[count];
        var ends = new int[count];
        var entries = new (byte Class, short Weight)[count * 3];
        var used = 0;
        for (var i = 0; i < count; i++)
        {
            keys[i] = reader.ReadUInt32();
            var length = reader.ReadByte();
            if (used + length > entries.Length)
            {
                Array.Resize(ref entries, Math.Max(entries.Length * 2, used + length));
            }

            for (var e = 0; e < length; e++)
            {
                entries[used++] = (reader.ReadByte(), reader.ReadInt16());
            }

            ends[i] = used;
        }

        return SparseWeights.Create(classCount, scale, keys, ends, entries.AsSpan(0, used));
    }
}
