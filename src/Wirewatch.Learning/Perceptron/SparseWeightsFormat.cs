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
        var features = new (uint, (byte, short)[])[reader.ReadInt32()];
        for (var i = 0; i < features.Length; i++)
        {
            var key = reader.ReadUInt32();
            var weights = new (byte, short)[reader.ReadByte()];
            for (var e = 0; e < weights.Length; e++)
            {
                weights[e] = (reader.ReadByte(), reader.ReadInt16());
            }

            features[i] = (key, weights);
        }

        return SparseWeights.Create(classCount, scale, features);
    }
}
