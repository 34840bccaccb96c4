using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tendero.Config;
using Tendero.Core;
using Tendero.Storage;

namespace Tendero.Api;

/// <summary><c>/api/businesses/{business}/contacts</c>: the people alerts go to, with an address per channel.</summary>
public static class ContactsApi
{
    public static void MapContactsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/businesses/{business}/contacts").AddEndpointFilter<ApiKeyFilter>();
        group.MapPut("/{id}", PutAsync);
        group.MapGet("/{id}", GetAsync);
        group.MapGet("/", ListAsync);
    }

    private static async Task<Results<Ok<ContactView>, ProblemHttpResult>> PutAsync(
        string business, string id, ContactRequest? body, Businesses businesses, PeopleStore people, CancellationToken ct)
    {
        if (businesses.Find(business) is not { } config)
        {
            return Problems.UnknownBusiness(business);
        }
        if (ContactRequest.Check(id, body, config.Language, out var person) is { } problem)
        {
            return TypedResults.Problem(statusCode: 400, title: "Cannot save this contact", detail: problem);
        }
        await people.UpsertAsync(business, person!, "api", ct);
        return TypedResults.Ok(ContactView.From(person!));
    }

    private static async Task<Results<Ok<ContactView>, ProblemHttpResult>> GetAsync(
        string business, string id, Businesses businesses, PeopleStore people, CancellationToken ct)
    {
        if (businesses.Find(business) is null)
        {
            return Problems.UnknownBusiness(business);
        }
        return await people.GetAsync(business, id, ct) is { } person
            ? TypedResults.Ok(ContactView.From(person))
            : TypedResults.Problem(statusCode: 404, title: "No such contact", detail: $"Business '{business}' has no contact '{id}'.");
    }

    private static async Task<Results<Ok<ContactPage>, ProblemHttpResult>> ListAsync(
        string business, Businesses businesses, PeopleStore people, CancellationToken ct, string? after = null, int limit = 50)
    {
        if (businesses.Find(business) is null)
        {
            return Problems.UnknownBusiness(business);
        }
        if (limit is < 1 or > 500)
        {
            return TypedResults.Problem(statusCode: 400, title: "Bad page", detail: "limit must be 1-500.");
        }
        var list = await people.ListAsync(business, after, limit, ct);
        return TypedResults.Ok(new ContactPage(list.Select(ContactView.From).ToList(), list.Count == limit ? list[^1].Id : null));
    }
}
