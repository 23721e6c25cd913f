import { describeResource } from '../../shared/operation';
import { searchProducts } from './businessFields';
import { getCategories } from './getCategories';
import { getProduct } from './getProduct';
import { getProducts } from './getProducts';
import { getProfile } from './getProfile';
import { deleteProduct, hideProduct, showProduct } from './productActions';
import { updateProfile } from './updateProfile';

export const businessDescription = describeResource(
	'business',
	[getProfile, updateProfile, getCategories, getProducts, getProduct, deleteProduct, showProduct, hideProduct],
	'getProfile',
);

export const businessListSearch = { searchProducts };
