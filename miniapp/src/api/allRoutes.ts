// Imported for its effect by every subpackage page: the whole shared route table and the sentences
// of every named refusal, so any component the page uses can call any route. It lands in the subpackages, not the main package (decisions §88).
import { ROUTES, refusalSentence } from '@app/shared';
import { registerRefusalSentences, registerRoutes } from './routeTable';

registerRoutes(ROUTES);
registerRefusalSentences(refusalSentence);
