namespace Wirewatch.Core;

/// <summary>A claim and a statement of the same article that rebuts it.</summary>
/// <param name="ClaimId">The statement rebutted ("s2").</param>
/// <param name="RebuttalId">The denial ("s7").</param>
/// <param name="About">The entity the dispute is about (the accused party), when known.</param>
public sealed record Dispute(string ClaimId, string RebuttalId, string? About);
