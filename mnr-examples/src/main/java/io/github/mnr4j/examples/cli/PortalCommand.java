package io.github.mnr4j.examples.cli;

import io.github.mnr4j.Identified;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.examples.serve.Invitations;
import io.github.mnr4j.examples.serve.Invitations.Invitation;
import io.github.mnr4j.examples.serve.Invitations.Issued;
import io.github.mnr4j.examples.serve.ResponseStore;
import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import io.github.mnr4j.survey.Jurisdiction;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr portal}: the invitations of {@code mnr serve --portal}, for its administrator. */
@Command(
    name = "portal",
    mixinStandardHelpOptions = true,
    description =
        "Manage the invitations of mnr serve --portal: invite a jurisdiction's focal point or an"
            + " analyst, list, revoke and rotate invitations. A link is shown once, when issued:"
            + " the database keeps only a hash of its token. With the default H2 database, stop"
            + " mnr serve first (H2 lets one process open it); with PostgreSQL, any time, and a"
            + " revocation signs its holder out at their next request.",
    subcommands = {
      PortalCommand.Invite.class,
      PortalCommand.ListInvitations.class,
      PortalCommand.Revoke.class,
      PortalCommand.Rotate.class
    })
final class PortalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "mnr portal needs a command: invite, list, revoke or rotate");
  }

  /** The options of every command that issues a link. */
  static final class LinkOptions {
    @Option(
        names = "--days",
        defaultValue = "30",
        paramLabel = "DAYS",
        description = "How many days the link signs in (default 30).")
    int days;

    @Option(
        names = "--base-url",
        defaultValue = "http://127.0.0.1:8080",
        paramLabel = "URL",
        description =
            "Where invitees reach mnr serve, such as https://mnr.example.org (default"
                + " http://127.0.0.1:8080).")
    String baseUrl;

    Duration validFor() {
      if (days < 1) {
        throw new MnrException("--days is " + days + ": give 1 or more");
      }
      return Duration.ofDays(days);
    }
  }

  /** Prints an issued invitation and its link, once. */
  static void print(PrintWriter out, Issued issued, String baseUrl) {
    out.println(
        "Invitation "
            + issued.invitation().id()
            + " for "
            + who(issued.invitation())
            + ", valid until "
            + issued.invitation().expiresAt()
            + ":");
    out.println(issued.link(baseUrl));
    out.println(
        "Give this link to that person alone. It is not stored and cannot be shown again; if"
            + " anyone else may have seen it, rotate the invitation (mnr portal rotate "
            + issued.invitation().id()
            + ").");
  }

  private static String who(Invitation invitation) {
    return invitation
        .jurisdiction()
        .map(j -> "the focal point of " + j)
        .orElse("an analyst (aggregates only)");
  }

  /** {@code mnr portal invite}. */
  @Command(
      name = "invite",
      mixinStandardHelpOptions = true,
      description =
          "Invite a jurisdiction's focal point (--jurisdiction and --name) or an analyst"
              + " (--analyst), and print the link that signs them in.")
  static final class Invite implements Callable<Integer> {
    @Spec CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Whom whom;

    /** A focal point's jurisdiction, or an analyst. */
    static final class Whom {
      @ArgGroup(exclusive = false)
      FocalPoint focalPoint;

      @Option(names = "--analyst", description = "Invite an analyst: aggregates only.")
      boolean analyst;
    }

    /** The jurisdiction a focal point answers for. */
    static final class FocalPoint {
      @Option(
          names = "--jurisdiction",
          required = true,
          paramLabel = "ID",
          description = "The jurisdiction's id, such as C01.")
      String id;

      @Option(
          names = "--name",
          required = true,
          paramLabel = "NAME",
          description = "The jurisdiction's name, such as \"Country 01\".")
      String name;

      @Option(
          names = "--region",
          paramLabel = "REGION",
          description =
              "Its region, which the analyst's breakdowns group by: east-asia-pacific,"
                  + " eastern-southern-africa, europe-central-asia, latin-america-caribbean,"
                  + " middle-east-north-africa, north-america, south-asia, west-central-africa,"
                  + " western-europe.")
      Optional<String> region = Optional.empty();

      @Option(
          names = "--income-group",
          paramLabel = "GROUP",
          description =
              "Its income group, which the analyst's breakdowns group by: "
                  + "low, lower-middle, upper-middle, high.")
      Optional<String> incomeGroup = Optional.empty();

      Jurisdiction jurisdiction() {
        Jurisdiction.Builder builder = Jurisdiction.builder().id(id).name(name);
        region.ifPresent(r -> builder.region(Identified.of(Region.class, r)));
        incomeGroup.ifPresent(g -> builder.incomeGroup(Identified.of(IncomeGroup.class, g)));
        return builder.build();
      }
    }

    @Mixin LinkOptions link = new LinkOptions();

    @Mixin DatabaseOption database = new DatabaseOption();

    @Override
    public Integer call() {
      Duration validFor = link.validFor();
      try (ResponseStore store = database.open()) {
        Invitations invitations = store.invitations();
        Issued issued =
            whom.analyst
                ? invitations.inviteAnalyst(validFor)
                : invitations.inviteFocalPoint(whom.focalPoint.jurisdiction(), validFor);
        print(spec.commandLine().getOut(), issued, link.baseUrl);
      }
      return 0;
    }
  }

  /** {@code mnr portal list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description =
          "List every invitation (never its link): id, role, jurisdiction, expiry and whether it"
              + " signs in now.")
  static final class ListInvitations implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DatabaseOption database = new DatabaseOption();

    @Override
    public Integer call() {
      try (ResponseStore store = database.open()) {
        Instant now = Instant.now();
        List<List<String>> rows = new ArrayList<>();
        for (Invitation invitation : store.invitations().list()) {
          rows.add(
              List.of(
                  invitation.id(),
                  invitation.role().id(),
                  invitation.jurisdiction().map(Jurisdiction::toString).orElse(""),
                  invitation.expiresAt().toString(),
                  invitation.revokedAt().isPresent()
                      ? "revoked " + invitation.revokedAt().get()
                      : invitation.isValidAt(now) ? "valid" : "expired"));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (rows.isEmpty()) {
          out.println("No invitation yet: mnr portal invite makes one.");
        } else {
          out.print(
              TextTable.of(List.of("id", "role", "jurisdiction", "expires", "state"), rows)
                  .toText());
        }
      }
      return 0;
    }
  }

  /** {@code mnr portal revoke}. */
  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description =
          "Revoke an invitation: its link signs nobody in any more, and whoever it signed in is"
              + " signed out at their next request.")
  static final class Revoke implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The invitation's id, as mnr portal list shows.")
    String id;

    @Mixin DatabaseOption database = new DatabaseOption();

    @Override
    public Integer call() {
      try (ResponseStore store = database.open()) {
        Invitation revoked = store.invitations().revoke(id);
        spec.commandLine()
            .getOut()
            .println(
                "Invitation "
                    + revoked.id()
                    + " for "
                    + who(revoked)
                    + " is revoked (since "
                    + revoked.revokedAt().orElseThrow()
                    + ").");
      }
      return 0;
    }
  }

  /** {@code mnr portal rotate}. */
  @Command(
      name = "rotate",
      mixinStandardHelpOptions = true,
      description =
          "Rotate an invitation: revoke it and issue a new link to the same person, for when"
              + " the old one may have been seen by someone else.")
  static final class Rotate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The invitation's id, as mnr portal list shows.")
    String id;

    @Mixin LinkOptions link = new LinkOptions();

    @Mixin DatabaseOption database = new DatabaseOption();

    @Override
    public Integer call() {
      Duration validFor = link.validFor();
      try (ResponseStore store = database.open()) {
        Issued issued = store.invitations().rotate(id, validFor);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Invitation " + id + " is revoked; its replacement:");
        print(out, issued, link.baseUrl);
      }
      return 0;
    }
  }
}
