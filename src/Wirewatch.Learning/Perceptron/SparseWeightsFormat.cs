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

    public static SparseWeights Read(BinaryReader reader, int classCount)
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
