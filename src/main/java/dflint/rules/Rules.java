package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleDescriptor;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule catalogue: one line per rule, in id order. Explicit on purpose:
 * no classpath scanning at start-up, and a reader sees every rule here.
 */
public final class Rules {
    private Rules() {}

    private static List<RuleDescriptor> all;

    public static synchronized List<RuleDescriptor> all() {
        if (all == null) {
            List<Rule> rules = List.of(
                    // syntax
                    new SyntaxErrorRule()
                    , new TemplateFile()
                    // stages (DF1xxx)
                    , new NumericStageReference()
                    , new UnknownStageIndex()
                    , new SelfStageReference()
                    , new ForwardStageReference()
                    , new StageCycle()
                    , new UnreachableStage()
                    , new FatFinalBase()
                    , new DuplicateStageName()
                    , new ReservedStageName()
                    , new StageNameCasing()
                    , new ParentStageCaseMismatch()
                    , new VariableInStageReference()
                    , new UnknownStageName()
                    , new RequiresBuildkit()
                    , new FeatureNewerThanSyntax()
                    , new BadVariableSubstitution()
                    , new InvalidImageReference()
                    , new InvalidPlatform()
                    , new InvalidMount()
                    , new InvalidCopyOption()
                    , new InvalidInstructionValue()
                    , new InvalidCheckDirective()
                    , new InvalidOnbuildTrigger()
                    // BuildKit checks (DF2xxx)
                    , new FromAsKeywordCasing()
                    , new EmptyContinuationLine()
                    , new InconsistentInstructionCasing()
                    , new ShellFormCommand()
                    , new MaintainerDeprecated()
                    , new UndefinedArgInFrom()
                    , new RelativeWorkdir()
                    , new UndefinedVariable()
                    , new RepeatedStageSetting()
                    , new LegacyKeyValueFormat()
                    , new RedundantTargetPlatform()
                    , new SecretInArgOrEnv()
                    , new InvalidDefaultArgInFrom()
                    , new ConstantPlatformFlag()
                    , new CopyIgnoredFile()
                    , new DefinitionDescription()
                    , new ExposeProtocolCasing()
                    , new ExposeHostPort()
                    // hadolint parity (DF3xxx, DF4xxx)
                    , new PointlessCommandInContainer()
                    , new UserRoot()
                    , new CdInsteadOfWorkdir()
                    , new SudoInRun()
                    , new ImageUntagged()
                    , new ImageLatest()
                    , new AptGetPackageNotPinned()
                    , new AptListsNotRemoved()
                    , new CopyThenExtractArchive()
                    , new ExposePortOutOfRange()
                    , new PipPackageNotPinned()
                    , new AptGetInstallWithoutYes()
                    , new AptGetInstallRecommends()
                    , new NpmPackageNotPinned()
                    , new ApkPackageNotPinned()
                    , new ApkAddWithCache()
                    , new AddInsteadOfCopy()
                    , new CopyManySourcesToFile()
                    , new UntrustedRegistry()
                    , new AptCommandUsed()
                    , new GemPackageNotPinned()
                    , new YumInstallWithoutYes()
                    , new YumCacheNotCleaned()
                    , new YumPackageNotPinned()
                    , new ZypperWithoutNonInteractive()
                    , new ZypperDistUpgrade()
                    , new ZypperCacheNotCleaned()
                    , new ZypperPackageNotPinned()
                    , new DnfInstallWithoutYes()
                    , new DnfCacheNotCleaned()
                    , new DnfPackageNotPinned()
                    , new PipCacheKept()
                    , new EnvSelfReference()
                    , new CopyRelativeWithoutWorkdir()
                    , new UseraddWithoutNoLogInit()
                    , new WgetWithoutProgress()
                    , new LabelKeyInvalid()
                    , new LabelMissing()
                    , new LabelUnexpected()
                    , new LabelEmpty()
                    , new LabelInvalidUrl()
                    , new LabelInvalidDate()
                    , new LabelInvalidLicense()
                    , new LabelInvalidHash()
                    , new LabelInvalidSemver()
                    , new HealthcheckMissing()
                    , new LabelInvalidEmail()
                    , new ConsecutiveRunInstructions()
                    , new YarnCacheNotCleaned()
                    , new InstructionBeforeFrom()
                    , new GoPackageNotPinned()
                    , new UserNotNumeric()
                    , new CopyWholeFilesystem()
                    , new CurlAndWget()
                    , new RelinksBinSh()
                    , new PipeWithoutPipefail()
                    , new InlineIgnorePragma()
                    , new ShellCheckRule()
            );
            List<RuleDescriptor> out = new ArrayList<>(rules.size());
            for (Rule r : rules) out.add(RuleCatalog.describe(r)); // generated from @RuleInfo, no reflection
            all = List.copyOf(out);
        }
        return all;
    }
}
