// All a user writes: the default history must load with no configuration.
import 'summit-timeline';
