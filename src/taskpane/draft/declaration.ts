import { parseFormDeclaration } from '../../core/templates/formDeclaration';
import formYaml from '../../../templates/form.yaml?raw';

/** The form's fields as templates/form.yaml declares them: the pane draws its form from this. */
export const FORM_DECLARATION = parseFormDeclaration(formYaml);
