export { chromiumArgs, chromiumExecutable } from '../../../scripts/chromiumLaunch.mjs';
