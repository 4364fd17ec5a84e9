import { render } from 'preact';

render(<p>Cocreate</p>, document.getElementById('app')!);
